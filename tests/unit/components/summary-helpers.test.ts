// Pure helpers the popup adds to lib/summary.ts: roles stated next to a name, the export file name.
import { expect, test } from 'vitest';
import { actorRole, analysisFileName } from '@/lib/summary';

const t = (text: string, name: string) => {
  const i = text.indexOf(name);
  return actorRole(text, { kind: 'person', mentions: [{ start: i, end: i + name.length, text: name }] });
};
test('roles', () => {
  expect(t('Karoline Leavitt, the White House press secretary, said on Wednesday', 'Karoline Leavitt')).toBe(
    'White House press secretary',
  );
  expect(t('The White House press secretary, Karoline Leavitt confirms talks', 'Karoline Leavitt')).toBe(
    'White House press secretary',
  );
  expect(t('and that the US special envoy Adam Boehler does', 'Adam Boehler')).toBe('US special envoy');
  expect(t('Earlier, President Trump said', 'Trump')).toBe('President');
  expect(t('Trump has warned that', 'Trump')).toBeUndefined();
  expect(t('Karoline Leavitt, who declined to comment, said', 'Karoline Leavitt')).toBeUndefined();
  expect(t('talks with Hamas, said Jane Doe', 'Jane Doe')).toBeUndefined();
  expect(analysisFileName('White House “holds” direct talks!')).toBe('sourcelight-white-house-holds-direct-talks.json');
  expect(analysisFileName('')).toBe('sourcelight-analysis.json');
});
