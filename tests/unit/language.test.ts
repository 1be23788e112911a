// Is the article English? The page's lang plus a cheap look at the text (lib/language.ts). Texts written for
// the tests; the corpus check at the end reads the saved pages from ../shared.
import { describe, expect, test } from 'vitest';
import { decideLanguage, primaryLang, textLanguage } from '../../lib/language.ts';

const en =
  'The mayor said on Tuesday that the flood defences would be repaired before the winter. Residents who were evacuated from their homes told reporters that they had heard the same promise last year, and the council has not said when the work will start or who will pay for it. ';
const fr =
  "Le maire a déclaré mardi que les digues seraient réparées avant l'hiver. Les habitants qui ont été évacués de leurs maisons ont dit aux journalistes qu'ils avaient entendu la même promesse l'an dernier, et la mairie n'a pas dit quand les travaux commenceront ni qui les paiera. ";
const de =
  'Der Bürgermeister sagte am Dienstag, die Deiche würden vor dem Winter repariert. Bewohner, die aus ihren Häusern evakuiert wurden, sagten den Reportern, sie hätten das gleiche Versprechen schon im letzten Jahr gehört, und die Stadt hat nicht gesagt, wann die Arbeiten beginnen oder wer sie bezahlt. ';
const ru =
  'Мэр заявил во вторник, что дамбы будут отремонтированы до зимы. Жители, которых эвакуировали из домов, сказали журналистам, что слышали то же обещание в прошлом году, и власти не сказали, когда начнутся работы. ';
const list =
  'Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp. Asparagus Eggs Chicken Zoodles Sesame Oil Ginger. '.repeat(
    6,
  );

describe('textLanguage', () => {
  test.each([
    ['English', en.repeat(2), 'en'],
    ['French', fr.repeat(2), 'fr'],
    ['German', de.repeat(2), 'de'],
    ['Russian (another script)', ru.repeat(3), 'script'],
    ['a list with few function words', list, 'unclear'],
    ['too short to tell', 'Breaking news', null],
  ])('%s', (_, text, lang) => {
    expect(textLanguage(text).lang).toBe(lang);
  });
});

describe('decideLanguage', () => {
  test.each([
    ['English text, lang="en-GB"', 'en-GB', en.repeat(2), true, 'en'],
    ['English text, no lang', null, en.repeat(2), true, 'en'],
    ['English text served as lang="de" (the text wins)', 'de', en.repeat(2), true, 'en'],
    ['French text, lang="fr"', 'fr', fr.repeat(2), false, 'fr'],
    ['French text served as lang="en" (the text wins)', 'en', fr.repeat(2), false, 'fr'],
    ['German text, no lang', '', de.repeat(2), false, 'de'],
    ['Russian text, lang="ru"', 'ru', ru.repeat(3), false, 'ru'],
    ['Russian text, lang="en"', 'en', ru.repeat(3), false, undefined],
    ['an unclear list, lang="en-US" (the page decides)', 'en-US', list, true, 'en'],
    ['an unclear list, lang="id-ID" (the page decides)', 'id-ID', list, false, 'id'],
    ['a short text, lang="fr"', 'fr', 'Breaking news', false, 'fr'],
    ['a short text, no lang', undefined, 'Breaking news', true, undefined],
  ])('%s', (_, attr, text, english, lang) => {
    const got = decideLanguage(attr, text);
    expect(got.english).toBe(english);
    expect(got.lang).toBe(lang);
    expect(got.why).not.toBe('');
  });
});

test.each([
  ['en-GB', 'en'],
  ['FR', 'fr'],
  ['de_DE', 'de'],
  ['', undefined],
  ['not a language tag', undefined],
])('primaryLang(%j)', (attr, want) => {
  expect(primaryLang(attr)).toBe(want);
});
