// Figures (lib/figures.ts): table-driven, on sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { findFigures, windowEnd } from '../../lib/figures.ts';
import { parse } from '../../lib/nlp.ts';
import type { Figure } from '../../lib/types.ts';

function figuresOf(text: string): Figure[] {
  const figures = findFigures(parse(text));
  for (const f of figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.span.text);
  return figures;
}

describe('matches', () => {
  test.each([
    // [text, figure span, kind]
    ['Hostages have been held since 7 October.', '7 October', 'date'],
    ['The storm injured 112 people.', '112', 'count'],
    ['Kills Two In Crash', 'Two', 'count'],
    ['The deal went into effect on 19 January.', '19 January', 'date'],
    ['The deal went into effect in January.', 'January', 'date'],
    ['Voting ends on Nov. 6 in most states.', 'Nov. 6', 'date'],
    ['The plane vanished on December 29, 2014, over the sea.', 'December 29, 2014', 'date'],
    ['Talks stalled in mid-November.', 'mid-November', 'date'],
    ['The group has been active since the 1990s.', '1990s', 'date'],
    ['Floods hit the region in the early 1990s.', 'early 1990s', 'date'],
    ['The group was declared a terrorist organisation in 1997.', '1997', 'year'],
    ['Fifty-nine hostages are still held.', 'Fifty-nine', 'count'],
    // a score after a name; a fraction and "and a half" joined to their number word
    ['Argentina beat Chile 3-0 on Tuesday.', '3-0', 'count'],
    ['About two-thirds of voters agreed.', 'About two-thirds', 'count'],
    ['He served five-and-a-half years in prison.', 'five-and-a-half years', 'duration'],
    ['Officials think only 22 are still alive.', '22', 'count'],
    ['Five Americans are believed to be held.', 'Five', 'count'],
    ['One of them, a 21-year-old student, is alive.', '21-year-old', 'age'],
    ['The 93 year-old leader refused to resign.', '93 year-old', 'age'],
    ['She is 52 years old.', '52 years old', 'age'],
    ['They freed hundreds of prisoners.', 'hundreds', 'vague'],
    ['Millions of people watched.', 'Millions', 'vague'],
    ['Soldiers killed tens of thousands of civilians.', 'tens of thousands', 'vague'],
    ['After six weeks, the second stage begins.', 'six weeks', 'duration'],
    ['The board ordered a six-month review.', 'six-month', 'duration'],
    ['He has been in office for more than a year.', 'more than a year', 'duration'],
    ['The dictator fell four years ago.', 'four years ago', 'date'],
    ['The company is 49 percent owned by its founder.', '49 percent', 'percent'],
    ['Tourism makes up 15% of output.', '15%', 'percent'],
    ['The fund raised $1.5 billion last year.', '$1.5 billion', 'money'],
    ['The club paid £20m for the striker.', '£20m', 'money'],
    ['Donors gave $1million or more.', '$1million', 'money'],
    ['Debris could drift up to 50 km (31 miles) a day.', 'up to 50 km (31 miles)', 'measure'],
    ['The search covers 10,000 square nautical miles.', '10,000 square nautical miles', 'measure'],
    ['The jet flew at 353 knots.', '353 knots', 'measure'],
    ['The city has about 11 million people.', 'about 11 million', 'count'],
    ['The attack killed at least 19 people.', 'at least 19', 'count'],
    ['Around 30 ships joined the search.', 'Around 30', 'count'],
    ['The meeting starts at 10:30 tomorrow.', '10:30', 'date'],
  ])('%s -> %s', (text, span, kind) => {
    const figure = figuresOf(text).find((f) => f.span.text === span);
    expect(figure?.kind).toBe(kind);
  });

  test('one phrase stays one figure', () => {
    expect(figuresOf('The sea is only 50 to 100 metres deep there.').map((f) => f.span.text)).toEqual([
      '50 to 100 metres',
    ]);
  });

  test('a year range gives two years', () => {
    expect(figuresOf('The party governed from 2011 to 2013.').map((f) => f.span.text)).toEqual(['2011', '2013']);
  });
});

describe('does not match', () => {
  test.each([
    // [text, a string no figure may overlap]
    ['Covid-19 cases rose again in the winter.', '19'],
    ['Leaders met at the G7 summit.', '7'],
    ['Call the hotline (800-273-8255) at any hour.', '800-273-8255'],
    ['The airline flies a Boeing 737 on the route.', '737'],
    ['The company ordered ten Boeing 737-800 jets.', '737-800'],
    ['Two F-16 fighters escorted the jet.', '16'],
    ['The Airbus A320-200 was lost.', '320-200'],
    ['The search for Flight MH370 continues.', '370'],
    ['Sudan is one of the poorest countries.', 'one'],
    ['No one came to the meeting.', 'one'],
    ['Theresa May said she would stay.', 'May'],
    ['Protesters march on the capital.', 'march'],
    ['See https://example.com/news/2014/12/30/story?id=1008093011 for more.', '1008093011'],
    // an emergency number dialled, a gallery's counter, a number word opening a name
    ['Neighbours called 911 at once.', '911'],
    ['Nobody could make 999 calls that night.', '999'],
    ['Image 1 of / 9\nCaption', '9'],
    ['Whales stranded on Ninety Mile Beach again.', 'Ninety'],
  ])('%s -/-> %s', (text, notFigure) => {
    const at = text.indexOf(notFigure);
    const hit = figuresOf(text).find((f) => f.span.start < at + notFigure.length && f.span.end > at);
    expect(hit?.span.text).toBeUndefined();
  });

  test.each([
    [''],
    ['   '],
    ['$'],
    ['%%%'],
    ['- - -'],
    ['9'.repeat(5000)],
    ['1,2,3,4,5,6,7,8,9'],
    ['mid- early- late'],
  ])('never throws on %j', (text) => {
    expect(() => figuresOf(text)).not.toThrow();
  });
});

// A long text is scanned a window at a time (see WINDOW in lib/figures.ts); no figure may be cut at a seam.
describe('windows', () => {
  test.each([
    ['a line break after the size', `${'a'.repeat(120)}\n${'b'.repeat(100)}`, 100, 121],
    ['a sentence end when no line breaks', `${'a '.repeat(60)}. Then ${'b '.repeat(60)}`, 100, 122],
    ['the size itself when neither', 'x'.repeat(400), 100, 100],
    ['the whole rest when short', 'x'.repeat(140), 100, 140],
  ])('%s', (_name, text, size, end) => {
    expect(windowEnd(text, 0, size)).toBe(end);
  });

  test('figures across many windows are found whole, with or without line breaks', () => {
    for (const sep of [' ', '\n']) {
      const text = Array.from({ length: 600 }, () => 'It cost $4 million on 3 March, up 12 percent.').join(sep);
      const found = figuresOf(text).map((f) => f.span.text);
      expect(found.filter((t) => t === '$4 million')).toHaveLength(600);
      expect(found.filter((t) => t === '3 March')).toHaveLength(600);
      expect(found.filter((t) => t === '12 percent')).toHaveLength(600);
      expect(found).toHaveLength(1800);
    }
  });
});
