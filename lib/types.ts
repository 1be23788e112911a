// The analysis document: what analyze() returns and `npm run analyze -- --json` prints.
// Shape fixed by ../shared/eval/README.md; extra fields are allowed. Pure types, no runtime code.

/** A stretch of the analysed text. Invariant: `text === analysis.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type ActorKind = 'person' | 'organization' | 'place' | 'group';

export interface Actor {
  /** Canonical name: the fullest form used in the article ("Karoline Leavitt"). */
  name: string;
  kind: ActorKind;
  /** Every mention, short forms, titles and possessives included, in text order. */
  mentions: Span[];
  /** The rule that decided `kind` (lib/rules/actors.ts). */
  rule?: string;
}

export type FigureKind = 'count' | 'percent' | 'money' | 'measure' | 'age' | 'date' | 'year' | 'duration' | 'vague';

export interface Figure {
  kind: FigureKind;
  span: Span;
}

export type SourcingKind =
  | 'cue' // a reporting verb with its recipient: "said", "told AFP"
  | 'according-to'
  | 'citing'
  | 'statement' // "in a statement"
  | 'report' // "first reported"
  | 'belief' // "intelligence believes", "are believed"
  | 'anonymous-source'; // "two sources with direct knowledge", "spoke on condition of anonymity"

export interface Sourcing {
  kind: SourcingKind;
  span: Span;
  /** The rule that found it (lib/rules/attribution/cues.ts). */
  rule?: string;
}

/**
 * What kind of act a statement is: 'assert' (the default) says the content; 'deny' says it is not so ("denied
 * that X"); 'decline' is a refusal to say anything ("declined to comment", "would not confirm"), never a statement.
 */
export type AttributionAct = 'assert' | 'deny' | 'decline';

export interface Attribution {
  /** Canonical actor name, or the description of an unnamed source ("a Hamas official"). */
  speaker: string;
  anonymous: boolean;
  /** True for words inside quotation marks. */
  direct: boolean;
  /** The reporting phrase ("told AFP"). */
  cue?: Span;
  /** What was said: the quote, or the reported clause. */
  content: Span;
  /** Where the speaker is named or referred to in this statement ("he", "Leavitt", "a US official"). */
  source?: Span;
  /**
   * A quotation split by its reporting clause (“A,” he said. “B.”): the quoted halves, in order; `content`
   * runs from the first to the last, the clause between included.
   */
  parts?: Span[];
  /** 'deny' or 'decline' (see AttributionAct); left out for an assertion. */
  act?: AttributionAct;
  /**
   * The reporting verb is negated or a refusal ("did not mention", "refused to drop"): the content is what
   * was not said or done, so it is shown with its cue.
   */
  negated?: boolean;
  /** The rule that delimited the content (lib/rules/attribution/content.ts, statements.ts). */
  rule?: string;
}

export type ClaimReasonKind = 'hedge' | 'anonymous-source' | 'disputed' | 'unverified';

export interface ClaimReason {
  kind: ClaimReasonKind;
  cue?: Span;
  /** The detector that gave this reason (lib/rules/claims.ts). */
  rule?: string;
}

export interface Claim {
  span: Span;
  reasons: ClaimReason[];
}

export interface Analysis {
  text: string;
  actors: Actor[];
  figures: Figure[];
  sourcing: Sourcing[];
  attributions: Attribution[];
  claims: Claim[];
  /** Spans that failed the slice invariant and were dropped (should stay 0). */
  dropped?: number;
  /** Passes that threw (lib/pipeline.ts): their output is missing, the other passes ran. Absent when none did. */
  errors?: AnalysisError[];
  /** Which engine made it, set by the extension's background (never by analyze()): for tests and the bench. */
  engine?: AnalysisEngine;
}

export interface AnalysisError {
  /** The pass that threw: 'parse', 'actors', 'figures', 'sourcing' or 'claims' (see PASSES in lib/analyze.ts). */
  pass: string;
  message: string;
}

export interface AnalysisEngine {
  /** 'single': analyze() in the background's thread; 'parallel': the parse split over a worker pool. */
  kind: 'single' | 'parallel';
  /** Where the pool runs (parallel): Chrome's offscreen document or Firefox's background page. */
  host?: 'offscreen' | 'background';
  workers?: number;
  chunks?: number;
  parseMs?: number;
  rulesMs?: number;
  /**
   * The text's pieces (lib/incremental.ts) and how many of them, and of its characters, were parsed for this
   * analysis; the others' parses were kept from the page's previous analysis.
   */
  pieces?: number;
  reparsed?: number;
  reparsedChars?: number;
  /** Why the parallel path was not used although the text was long enough (it failed or timed out). */
  fallback?: string;
}

export interface AnalyzeOptions {
  /** Upper bound on characters analysed; the rest is ignored (see MAX_CHARS in analyze.ts). */
  maxChars?: number;
  /**
   * false: keep every sourcing phrase the rules propose, without the learned filter (lib/cue-filter.ts). For
   * rule tests and training; the extension always filters.
   */
  cueFilter?: boolean;
}
