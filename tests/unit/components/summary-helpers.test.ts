// Pure helpers the popup adds to lib/summary.ts: roles stated next to a name, the export file name.
import { expect, test } from 'vitest';
import { analyze } from '@/lib/analyze';
import { actorRole, analysisFileName, statementText, toMarkdown } from '@/lib/summary';

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
  expect(t('the self-styled “King LeBron James', 'LeBron James')).toBeUndefined();
  expect(t('said Rachel Lederman, attorney for the National Lawyers Guild (NLG), on Monday', 'Rachel Lederman')).toBe(
    'attorney for the National Lawyers Guild',
  );
  expect(t('John Smith, a spokesman for the ministry, said', 'John Smith')).toBe('spokesman for the ministry');
  expect(t('John Smith, adding that the minister had left, said', 'John Smith')).toBeUndefined();
  expect(t('met John Smith, Jane Doe and the president, who', 'John Smith')).toBeUndefined();
  expect(t('Karoline Leavitt, who declined to comment, said', 'Karoline Leavitt')).toBeUndefined();
  expect(t('talks with Hamas, said Jane Doe', 'Jane Doe')).toBeUndefined();
  expect(analysisFileName('White House “holds” direct talks!')).toBe('sourcelight-white-house-holds-direct-talks.json');
  expect(analysisFileName('')).toBe('sourcelight-analysis.json');
});

test('a split quotation shows its halves once each, without the reporting clause', () => {
  const a = analyze('Ana Ruiz runs the team. “We are ready,” she said on Monday. “It is over.”');
  const quoted = a.attributions.filter((x) => x.direct);
  expect(quoted.map(statementText)).toEqual(['We are ready … It is over.']);
  expect(toMarkdown(a)).toContain('“We are ready … It is over.”');
  expect(statementText({ content: { start: 0, end: 3, text: 'abc' } })).toBe('abc');
});
