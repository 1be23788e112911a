// analyze(text) -> Analysis: the pure entry point used by the CLI, the background worker and tests.
// Never throws, deterministic, every span satisfies text.slice(start, end) === span.text.
import { findActors } from './actors.ts';
import { findClaims } from './claims.ts';
import { type CueFilterModel, filterCues } from './cue-filter.ts';
import { findFigures } from './figures.ts';
import cueFilterModel from './models/cue-filter.json';
import { type ParsedText, parse } from './nlp.ts';
import { type Pass, runPasses } from './pipeline.ts';
import { findSourcing } from './sourcing.ts';
import type { Analysis, AnalysisError, AnalyzeOptions, Span } from './types.ts';

/** Longest text analysed; longer input is cut at this many characters (about 80,000 words). */
export const MAX_CHARS = 500_000;

export function emptyAnalysis(text: string): Analysis {
  return { text, actors: [], figures: [], sourcing: [], attributions: [], claims: [], dropped: 0 };
}

export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  const text = typeof input === 'string' ? input.slice(0, options.maxChars ?? MAX_CHARS) : '';
  if (text.trim() === '') return emptyAnalysis(text);
  let parsed: ParsedText;
  try {
    parsed = parse(text);
  } catch (error) {
    // without a parse no pass can run: an empty analysis that says why
    return { ...emptyAnalysis(text), errors: [{ pass: 'parse', message: messageOf(error) }] };
  }
  return analyzeParsed(parsed, options);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const CUE_FILTER = 'cue-filter';

/**
 * The passes, in order. Sourcing reads the actors (speakers are resolved to them); claims read actors, sourcing
 * and attributions (an unnamed source makes a claim unconfirmed).
 */
export const PASSES: readonly Pass<ParsedText, Analysis>[] = [
  { name: 'actors', run: (parsed) => ({ actors: findActors(parsed) }) },
  { name: 'figures', run: (parsed) => ({ figures: findFigures(parsed) }) },
  { name: 'sourcing', run: (parsed, { actors }) => findSourcing(parsed, actors) },
  // the learned veto over the rules' sourcing phrases (lib/cue-filter.ts); off with AnalyzeOptions.cueFilter
  {
    name: CUE_FILTER,
    run: (parsed, soFar) => {
      const { sourcing, attributions } = filterCues(parsed, soFar, cueFilterModel as CueFilterModel);
      return { sourcing, attributions };
    },
  },
  { name: 'claims', run: (parsed, soFar) => ({ claims: findClaims(parsed, soFar) }) },
];

/** The rules over an already parsed text (whole, or merged from chunks parsed elsewhere: lib/parallel.ts). */
export function analyzeParsed(parsed: ParsedText, options: AnalyzeOptions = {}): Analysis {
  const { text } = parsed;
  if (text.trim() === '') return emptyAnalysis(text);
  const errors: AnalysisError[] = [];
  const passes = options.cueFilter === false ? PASSES.filter((p) => p.name !== CUE_FILTER) : PASSES;
  const out = runPasses(passes, parsed, emptyAnalysis(text), errors);
  return validate(errors.length ? { ...out, errors } : out);
}

/** Cut input to what analyze() would look at (the same slice, so results line up). */
export function clampText(input: string, maxChars = MAX_CHARS): string {
  return typeof input === 'string' ? input.slice(0, maxChars) : '';
}

const valid = (text: string, s: Span | undefined): boolean =>
  !!s && Number.isInteger(s.start) && s.start >= 0 && s.end >= s.start && text.slice(s.start, s.end) === s.text;

/** Drop any span that breaks the slice invariant, counting what was dropped. */
export function validate(a: Analysis): Analysis {
  const { text } = a;
  let dropped = 0;
  const keep = (s: Span | undefined) => {
    const ok = valid(text, s);
    if (!ok) dropped++;
    return ok;
  };
  const actors = a.actors
    .map((x) => ({ ...x, mentions: x.mentions.filter(keep) }))
    .filter((x) => x.mentions.length > 0);
  const figures = a.figures.filter((f) => keep(f.span));
  const sourcing = a.sourcing.filter((f) => keep(f.span));
  const attributions = a.attributions
    .filter((x) => keep(x.content))
    .map((x) => ({
      ...x,
      cue: x.cue && valid(text, x.cue) ? x.cue : undefined,
      source: x.source && valid(text, x.source) ? x.source : undefined,
    }));
  const claims = a.claims
    .filter((c) => keep(c.span))
    .map((c) => ({
      ...c,
      reasons: c.reasons.map((r) => (r.cue && !valid(text, r.cue) ? { kind: r.kind, rule: r.rule } : r)),
    }));
  return { ...a, actors, figures, sourcing, attributions, claims, dropped: (a.dropped ?? 0) + dropped };
}
