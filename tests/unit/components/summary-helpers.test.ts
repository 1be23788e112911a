// Pure helpers the popup adds to lib/summary.ts: roles stated next to a name, the export file name.
import { expect, test } from 'vitest';
import { analyze } from '@/lib/analyze';
import { actorRole, analysisFileName, formatSummary, statementMark, statementText, toMarkdown } from '@/lib/summary';

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
  // an abbreviated title is the role's head, written out; a word ending the sentence before is not in it
  expect(t('New Jersey Gov. Chris Christie spoke', 'Chris Christie')).toBe('New Jersey governor');
  expect(t('in Iowa on Monday. Sen. Marco Rubio spoke', 'Marco Rubio')).toBe('senator');
  expect(t('U.S. Attorney James Kennedy spoke', 'James Kennedy')).toBe('U.S. Attorney');
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

test('a reported clause shows without the reporting clause inside it', () => {
  const a = analyze('Ana Ruiz runs the team. The bigger risk, Ms. Ruiz said on Monday, is a clash at sea.');
  expect(a.attributions.map(statementText)).toEqual(['The bigger risk … is a clash at sea']);
  const b = analyze('Ana Ruiz runs the team. A week later, she said, the team had won again.');
  expect(b.attributions.map(statementText)).toEqual(['A week later … the team had won again']);
  // a reporting clause at the end of a sentence is already outside the content
  const c = analyze('The plant will close next year, Ana Ruiz said.');
  expect(c.attributions.map(statementText)).toEqual(['The plant will close next year']);
});

test('denials and refusals are marked as such, never as statements made', () => {
  const a = analyze(
    'The ministry denied that any figure had been agreed. Maria Lopez declined to answer questions. Maria Lopez did not mention the deal.',
  );
  const marks = a.attributions.map(statementMark);
  expect(marks).toEqual(['Denied', 'Declined', 'Did not mention']);
  expect(statementMark({ direct: true })).toBe('Quoted');
  expect(statementMark({ direct: false })).toBe('Reported');
  expect(statementMark({ direct: false, act: 'decline' })).toBe('Declined');
  const md = toMarkdown(a);
  expect(md).toContain('- any figure had been agreed _(denied)_');
  expect(md).toContain('- to answer questions _(declined)_');
  expect(md).toContain('- the deal _(did not mention)_');
  const terminal = formatSummary(a);
  expect(terminal).toContain('denied any figure had been agreed');
  expect(terminal).not.toContain('report to answer questions');
});
