// The learned cue filter (lib/cue-filter.ts): it vetoes phrases the rules propose in another sense, keeps
// plain reporting, and never touches what the guidelines define but PolNeAR does not mark.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze.ts';
import { type CueFilterModel, filterCues } from '../../lib/cue-filter.ts';
import model from '../../lib/models/cue-filter.json';
import { parse } from '../../lib/nlp.ts';

const phrases = (text: string, cueFilter?: boolean) => analyze(text, { cueFilter }).sourcing.map((s) => s.span.text);

describe('cue filter', () => {
  test('the model is a trained one: weights, a finite threshold, its provenance', () => {
    const m = model as CueFilterModel & { about: string };
    expect(Object.keys(m.weights).length).toBeGreaterThan(1000);
    expect(Number.isFinite(m.threshold)).toBe(true);
    expect(m.about).toMatch(/PolNeAR train/);
  });

  test.each([
    ['a quotation', '"We will win," Smith said.', 'said'],
    ['told + recipient', 'Smith told reporters the deal was close.', 'told reporters'],
    ['according to', 'The deal was close, according to the ministry.', 'according to'],
    ['a reporting verb beside a finding', 'Investigators said they found several deleted texts on the phone.', 'said'],
    // the model's word weights once vetoed this, the plainest report ("<actor> <verb> that …")
    [
      'a named actor, a verb and "that"',
      'The Tax Foundation estimates that it would cost the budget $200 billion over 5 years.',
      'estimates',
    ],
  ])('keeps plain sourcing: %s', (_, text, cue) => {
    expect(phrases(text)).toContain(cue);
  });

  test.each([
    ['a falling price', 'Prices have declined considerably in Brampton since the spring.', 'declined'],
    // ("continued to run hot" is set aside before the model by veto.continue-to-act)
    ['continued + a time', 'The rally continued into the evening.', 'continued'],
    ['a car reported stolen', 'Deputies later discovered a car, which had been reported stolen.', 'reported'],
    ['a finding beside a reporting verb', 'Investigators said they found several deleted texts on the phone.', 'found'],
  ])('vetoes a phrase the rules propose in another sense: %s', (_, text, cue) => {
    expect(phrases(text, false)).toContain(cue);
    expect(phrases(text)).not.toContain(cue);
  });

  test('a refusal is never vetoed: who will not speak is shown', () => {
    const text = 'Smith did not respond to questions about the plan.';
    expect(phrases(text)).toContain('respond');
    expect(analyze(text).attributions.map((a) => [a.speaker, a.act])).toEqual([['Smith', 'decline']]);
  });

  test('advice is no refusal: the model still judges "should not confirm"', () => {
    const text = 'Republicans said the Senate should not confirm a replacement until after the election.';
    expect(phrases(text)).not.toContain('confirm');
  });

  test('a passive belief with no believer is the guidelines’ sourcing: outside the model', () => {
    expect(phrases('Five Americans are believed to still be held by the group.')).toEqual(['believed']);
  });

  test('a statement resting only on a vetoed phrase goes with it; a quotation stays', () => {
    const text = 'Prices have declined considerably in Brampton since the spring.';
    const parsed = parse(text);
    const unfiltered = analyze(text, { cueFilter: false });
    const filtered = filterCues(parsed, unfiltered, model as CueFilterModel);
    expect(filtered.attributions.every((a) => a.direct || a.cue?.text !== 'declined')).toBe(true);
    const quoted = analyze('"We will win," Smith said.');
    expect(quoted.attributions.map((a) => a.speaker)).toEqual(['Smith']);
  });

  test('a model that vetoes nothing leaves the analysis as the rules made it', () => {
    const text = 'Prices have declined considerably in Brampton since the spring. Smith said the deal was close.';
    const unfiltered = analyze(text, { cueFilter: false });
    const open: CueFilterModel = { bias: 0, threshold: Number.NEGATIVE_INFINITY, weights: {} };
    expect(filterCues(parse(text), unfiltered, open)).toBe(unfiltered);
  });
});
