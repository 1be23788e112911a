// Which of an analysis's spans are drawn: everything ('all'), or a quiet page that still answers "who said
// what, where does it come from, what is unconfirmed" ('quiet', the default). Each category's quiet rule is
// a small named unit; docs/readability.md gives the figures that chose them (scripts/measure-density.mjs).
// Pure: no DOM, no browser APIs.
import type { CategoryId } from './categories.ts';
import type { Analysis } from './types.ts';

export type Density = 'quiet' | 'all';
export const DENSITIES: readonly Density[] = ['quiet', 'all'];
export const DEFAULT_DENSITY: Density = 'quiet';

/** What the selection needs of a drawable span (lib/dom/marks.ts Explained has more). */
export interface DrawnSpan {
  category: CategoryId;
  start: number;
  end: number;
}

/** What the rules need of an analysis. */
export type DensityInput = Pick<Analysis, 'actors' | 'claims' | 'attributions'>;

/** An actor named fewer times than this, who says nothing in the article, is left to "all marks". */
export const MIN_MENTIONS = 2;

/** What the rules know about the article, built once per analysis. */
export interface DensityContext {
  /**
   * Start offsets of the first mention of each person and organisation that speaks in the article or is named
   * at least MIN_MENTIONS times, and of each place named that often (a roster of 300 names stays quiet).
   */
  firstMentions: ReadonlySet<number>;
  /** Unconfirmed claims, sorted by start. */
  claims: ReadonlyArray<{ start: number; end: number }>;
}

export interface DensityRule {
  id: string;
  /** One line for docs/readability.md and the options page. */
  description: string;
  keep(span: DrawnSpan, ctx: DensityContext): boolean;
}

const inside = (s: DrawnSpan, spans: DensityContext['claims']): boolean =>
  spans.some((c) => c.start <= s.start && s.end <= c.end);

/** The quiet rule of each category (one rule per category, so every category is one switch away). */
export const QUIET_RULES: Readonly<Record<CategoryId, DensityRule>> = {
  claim: {
    id: 'every-claim',
    description: 'Every unconfirmed claim: the mark a reader most needs.',
    keep: () => true,
  },
  sourcing: {
    id: 'every-sourcing-phrase',
    description:
      'Every sourcing phrase ("said", "according to", "a source familiar with"): where statements come from.',
    keep: () => true,
  },
  person: {
    id: 'first-mention-of-speaker-or-recurring',
    description: 'The first mention of each person who speaks in the article or is named at least twice.',
    keep: (s, ctx) => ctx.firstMentions.has(s.start),
  },
  organization: {
    id: 'first-mention-of-speaker-or-recurring',
    description: 'The first mention of each organisation that speaks in the article or is named at least twice.',
    keep: (s, ctx) => ctx.firstMentions.has(s.start),
  },
  place: {
    id: 'first-mention-of-recurring',
    description: 'The first mention of each place named at least twice.',
    keep: (s, ctx) => ctx.firstMentions.has(s.start),
  },
  figure: {
    id: 'figure-in-claim',
    description: 'Figures inside an unconfirmed claim: the numbers a claim rests on.',
    keep: (s, ctx) => inside(s, ctx.claims),
  },
};

export function densityContext(analysis: DensityInput): DensityContext {
  const speakers = new Set(analysis.attributions.map((a) => a.speaker));
  const firstMentions = new Set<number>();
  for (const actor of analysis.actors) {
    if (actor.kind === 'group') continue;
    const recurring = actor.mentions.length >= MIN_MENTIONS;
    const speaks = actor.kind !== 'place' && speakers.has(actor.name);
    const first = actor.mentions[0];
    if (first && (recurring || speaks)) firstMentions.add(first.start);
  }
  const claims = analysis.claims
    .map((c) => ({ start: c.span.start, end: c.span.end }))
    .sort((a, b) => a.start - b.start);
  return { firstMentions, claims };
}

/** The spans to draw at this density, in their given order. */
export function selectDrawn<T extends DrawnSpan>(items: readonly T[], analysis: DensityInput, density: Density): T[] {
  if (density === 'all') return [...items];
  const ctx = densityContext(analysis);
  return items.filter((s) => QUIET_RULES[s.category].keep(s, ctx));
}

/** Marks per 100 words of the text: the figure docs/readability.md reports. */
export function marksPer100Words(marks: number, text: string): number {
  const words = text.match(/\S+/g)?.length ?? 0;
  return words === 0 ? 0 : (marks * 100) / words;
}
