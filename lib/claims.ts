// Unconfirmed claims: clauses the article presents as not established, because they are hedged ("is believed
// to"), rest only on anonymous sources, are disputed by a party, or could not be verified. Works over the parsed
// sentences, their tokens and the raw text (never calls compromise again); a rule that throws is recorded by the pipeline (lib/pipeline.ts).

import { sentenceLines, sentencesOf } from './document.ts';
import {
  ACCUSATION,
  ANON_PLURAL,
  ANON_SINGULAR,
  ANONYMITY,
  APPEAR_ADJECTIVE_HEDGE,
  APPEAR_HEDGE,
  BARE_PARTICIPLE_HEDGE,
  BELIEF_AFTER,
  BELIEF_BARE,
  BELIEF_THAT,
  CLAIMED_CLAUSE,
  DISPUTE_VERB,
  DISPUTED_OBJECT,
  FINITE_VERB,
  FORECAST_HEDGE,
  HEDGE_ADJECTIVE,
  HEDGE_ADVERB,
  INQUIRY_WHETHER,
  IT_IS_BELIEVED,
  IT_IS_LIKELY,
  LIKELY_HEDGE,
  MODAL_HEDGE,
  NO_COMMENT_ON_CLAIM,
  NO_EVIDENCE_FOR_THAT,
  NO_INDICATION,
  NOT_GUILTY_PLEA,
  PASSIVE_HEDGE,
  PROBABLE_ADVERB,
  UNCERTAIN,
  UNNAMED_REPORTS,
  UNNAMED_REPORTS_NP,
  UNNAMED_SOURCE,
  UNVERIFIED_ADJECTIVE,
  VAGUE_GROUP,
  VAGUE_SOURCE_VERB,
  VERIFY_FAILED,
} from './hedges.ts';
import { ANON_DEFINITE_HEADS, ANONYMITY_GRANTED_HEADS } from './lexicon/anonymous-sources.ts';
import { CONTRAST_CONJUNCTIONS } from './lexicon/connectors.ts';
import { SUBJECT_FILLERS } from './lexicon/function-words.ts';
import { EPISTEMIC_AFTER_BE, FATE_PARTICIPLES, FATE_WORDS } from './lexicon/hedge-words.ts';
import { SUBJECT_PRONOUNS } from './lexicon/pronouns.ts';
import { REPORT_VERB, TAIL_REPORTING } from './lexicon/reporting-verbs.ts';
import type { ParsedText, Token } from './nlp.ts';
import { partitionPoint } from './search.ts';
import type { Actor, Attribution, Claim, ClaimReason, ClaimReasonKind, Sourcing, Span } from './types.ts';
import { alternation, wordsPattern } from './words-pattern.ts';

export interface ClaimContext {
  actors: Actor[];
  sourcing: Sourcing[];
  attributions: Attribution[];
}

/** Upper bound on claims reported for one text (hostile inputs repeat cues thousands of times). */
export const MAX_CLAIMS = 2000;
/** Words scanned left of an adjective/relative cue for its noun phrase. */
const NP_LOOKBACK = 6;
/** Tokens a hedged noun phrase may run to ("her reputed love of shopping"). */
const NP_MAX_TOKENS = 12;
/** Characters allowed between an unnamed source and its reporting verb (", who said he..., told Reuters"). */
const RELATIVE_MAX = 200;
/** Clause boundaries walked past when looking for a clause edge (keeps hostile run-on sentences linear). */
const MAX_WALK = 64;
/** Longest claim span kept: anything longer is a runaway clause, not a claim. */
export const MAX_SPAN = 1500;
/** Characters before an unnamed source searched for the statement it stands behind. */
const LEAD_MAX = 1000;

/** A sentence piece inside one paragraph: compromise sentences cut again at line breaks. */
interface Segment {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Index of the paragraph (text between blank lines or line breaks). */
  para: number;
  /** Clause boundaries inside the segment, absolute offsets, in order. */
  bounds: Bound[];
  /** What attributions in the segment report (their contents, denials and refusals left out), in order. */
  stated: Span[];
}

type BoundKind = 'punct' | 'rel' | 'comp' | 'adv' | 'conj';
interface Bound {
  start: number;
  end: number;
  kind: BoundKind;
}

interface Candidate {
  start: number;
  end: number;
  reasons: ClaimReason[];
}

/** Clause boundaries: punctuation, relative pronouns, complementisers, adverbial subordinators, "and the...". */
const BOUNDARY =
  /([;:()[\]]|,(?=[\s"“”'’]|$)|\s[-–—]\s|[–—])|\b(which|who|whom|whose|what)\b|\b(that|whether|if)\b|\b(because|although|though|whereas|while|but|unless|even\s+as)\b|\b(and)\s+(?=(?:the|a|an|those|these|this|his|her|its|their|he|she|it|they|we|there)\b)/gi;

/**
 * A sentence end the splitter missed (a quote closing a sentence, compromise issues #1026/#935). Case-sensitive,
 * and three lower-case letters before the stop, so "Mr. Trump", "Gov. Christie" and "U.S. Army" do not end one.
 */
const SENTENCE_BREAK = /(?<=[a-z0-9]{3}[.!?]|[.!?]["”’])\s+(?=["“]?[A-Z])/g;

const KIND_BY_GROUP: BoundKind[] = ['punct', 'punct', 'rel', 'comp', 'adv', 'conj'];

/** ANONYMITY without the global flag, for tests that must not carry lastIndex over. */
const HAS_ANONYMITY = new RegExp(ANONYMITY.source, 'i');
/** In a sentence that grants anonymity, up to three words and a plural source head: "two senior officials". */
const ANONYMITY_GRANTED_SOURCE = new RegExp(
  `\\b(?:[A-Za-z][\\w’'.-]*\\s+){0,3}?${alternation(ANONYMITY_GRANTED_HEADS)}\\b`,
  'g',
);

const FIRST_PERSON = /^(?:i|we|you|(?:i|we|you)['’](?:d|ve|ll|re)|i['’]m)$/i;
/** A subject pronoun for a person or the reader ("he suggested", "you suggest"): not "it". */
const SUBJECT_PRONOUN = new RegExp(`^${alternation([...SUBJECT_PRONOUNS].filter((p) => p !== 'it'))}$`, 'i');
const BE_WORD = /^(?:is|are|was|were|be|been|being|am|remain|remains|remained|'s|’s)$/i;
const LEADING_JUNK = /^(?:[\s,;:"“”'’(\-–—]|and\s|but\s|or\s|so\s|that\s|then\s)+/i;
const TRAILING_JUNK = /[\s,;:.(\-–—]+$/;
/** A sentence adverb closing a clause: ", though", ", however", ", too". */
const TRAILING_ASIDE = /,\s*(?:though|however|too|also|then)$/i;
/** A trailing attribution tail: ", Soelistyo said on Monday", ", his spokesman said". */
const ATTRIBUTION_TAIL = new RegExp(
  `,\\s*["”’]?\\s*(?:[^,]{0,80}?\\s)?${alternation(TAIL_REPORTING).replace('according', 'according\\s+to')}\\b[^,]{0,80}$`,
);
/** A cheap test before ATTRIBUTION_TAIL: one of its reporting words is there. */
const REPORT_WORD = wordsPattern(TAIL_REPORTING);

/** Fewest words in a claim span. */
const MIN_WORDS = 3;
const countWords = (s: string): number => s.match(/[A-Za-z0-9][\w’'-]*/g)?.length ?? 0;

const wordAt = (text: string, from: number): string => /^[A-Za-z’'-]+/.exec(text.slice(from, from + 40))?.[0] ?? '';

/** Adverbs and auxiliaries between a subject and its verb ("I still think", "we do believe"). */
const SUBJECT_FILLER = new RegExp(`^${alternation(SUBJECT_FILLERS)}$`, 'i');

/** The subject word before a verb at pos, skipping fillers ("I still think" -> "I"). */
function subjectBefore(text: string, pos: number): string {
  let at = pos;
  for (let n = 0; n < 3; n++) {
    const m = /([A-Za-z’'-]+)[^A-Za-z’'-]*$/.exec(text.slice(Math.max(0, at - 40), at));
    if (!m) return '';
    const word = m[1]!.replace(/^['’]+|['’]+$/g, ''); // "''I think" (quotes written as two apostrophes)
    if (!SUBJECT_FILLER.test(word)) return word;
    at = Math.max(0, at - 40) + m.index;
  }
  return '';
}

function lastWordBefore(text: string, pos: number): string {
  const m = /([A-Za-z’'-]+)[^A-Za-z’'-]*$/.exec(text.slice(Math.max(0, pos - 40), pos));
  return m?.[1] ?? '';
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Errors are not caught here: the pipeline (lib/pipeline.ts) records a pass that throws. */
export function findClaims(parsed: ParsedText, ctx: ClaimContext): Claim[] {
  const text = parsed.text;
  const segments = buildSegments(parsed);
  const list = Array.isArray(ctx?.attributions) ? ctx.attributions : [];
  for (const a of list) {
    if (!a?.content || a.act) continue;
    const seg = segmentAt(segments, a.content.start);
    if (seg && a.content.end <= seg.end) seg.stated.push(a.content);
  }
  for (const seg of segments) if (seg.stated.length > 1) seg.stated.sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (let i = 0; i < segments.length && out.length < MAX_CLAIMS * 4; i++) detectSegment(text, segments, i, out);
  fromAttributions(text, segments, ctx, out);
  return merge(text, out).slice(0, MAX_CLAIMS);
}

// ---------------------------------------------------------------------------------------------------------------
// Segments and clause boundaries

/** The document's lines (lib/document.ts), each with its clause boundaries. */
function buildSegments(parsed: ParsedText): Segment[] {
  const segments: Segment[] = [];
  const sentences = sentencesOf(parsed);
  for (const l of sentenceLines(parsed))
    addSegment(parsed.text, segments, sentences[l.sentence]!.tokens, l.start, l.end, l.para);
  return segments;
}

function addSegment(text: string, segments: Segment[], tokens: Token[], start: number, end: number, para: number) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end - start < 3) return;
  const body = text.slice(start, end);
  const bounds: Bound[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m; m = BOUNDARY.exec(body)) {
    const group = m.findIndex((g, k) => k > 0 && g !== undefined);
    const kind = KIND_BY_GROUP[group] ?? 'punct';
    const g = m[group] ?? m[0];
    const at = m.index + m[0].indexOf(g);
    bounds.push({ start: start + at, end: start + at + g.length, kind });
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  SENTENCE_BREAK.lastIndex = 0;
  let breaks = 0;
  for (let m = SENTENCE_BREAK.exec(body); m; m = SENTENCE_BREAK.exec(body)) {
    bounds.push({ start: start + m.index, end: start + m.index + m[0].length, kind: 'punct' });
    breaks++;
  }
  if (breaks) bounds.sort((a, b) => a.start - b.start);
  segments.push({
    start,
    end,
    text: body,
    tokens: sliceTokens(tokens, start, end),
    para,
    bounds,
    stated: [],
  });
}

/** The tokens inside [start, end) of a sorted token list, by binary search (a sentence may hold many lines). */
function sliceTokens(tokens: Token[], start: number, end: number): Token[] {
  const first = (pos: number) => partitionPoint(tokens.length, (k) => tokens[k]!.start < pos);
  return tokens.slice(first(start), first(end)).filter((t) => t.end <= end);
}

/** The segment holding offset pos, by binary search. */
function segmentAt(segments: Segment[], pos: number): Segment | undefined {
  const seg = segments[partitionPoint(segments.length, (k) => segments[k]!.end <= pos)];
  return seg && seg.start <= pos ? seg : undefined;
}

/** Index of the first token ending after pos: the one holding pos, or the next. */
function tokenIndexAt(seg: Segment, pos: number): number {
  return partitionPoint(seg.tokens.length, (k) => seg.tokens[k]!.end <= pos);
}

const hasTag = (t: Token | undefined, ...tags: string[]) => !!t && tags.some((x) => t.tags.has(x));

/** Index of the first boundary whose start is at or after pos (binary search). */
function boundIndexFrom(seg: Segment, pos: number): number {
  return partitionPoint(seg.bounds.length, (k) => seg.bounds[k]!.start < pos);
}

/** The nearest boundary of the given kinds ending at or before pos, looking back at most MAX_WALK boundaries. */
function prevBound(seg: Segment, pos: number, kinds: readonly BoundKind[]): Bound | undefined {
  let k = boundIndexFrom(seg, pos) - 1;
  while (k >= 0 && seg.bounds[k]!.end > pos) k--;
  for (let n = 0; k >= 0 && n < MAX_WALK; k--, n++) {
    const b = seg.bounds[k]!;
    if (kinds.includes(b.kind)) return b;
  }
  return k >= 0 ? seg.bounds[k + 1] : undefined;
}

/** The nearest boundary of the given kinds starting at or after pos, looking ahead at most MAX_WALK boundaries. */
function nextBound(seg: Segment, pos: number, kinds: readonly BoundKind[]): Bound | undefined {
  let k = boundIndexFrom(seg, pos);
  for (let n = 0; k < seg.bounds.length && n < MAX_WALK; k++, n++) {
    const b = seg.bounds[k]!;
    if (kinds.includes(b.kind)) return b;
  }
  return k < seg.bounds.length ? seg.bounds[k - 1] : undefined;
}

const ALL_KINDS: readonly BoundKind[] = ['punct', 'rel', 'comp', 'adv', 'conj'];
const END_KINDS: readonly BoundKind[] = ['punct', 'adv', 'conj'];

/** Start of the clause holding `pos`: just after the nearest boundary on the left (a relative pronoun stays in). */
function clauseStart(seg: Segment, pos: number, kinds: readonly BoundKind[] = ALL_KINDS): number {
  const b = prevBound(seg, pos, kinds);
  if (!b) return seg.start;
  return b.kind === 'rel' ? b.start : b.end;
}

/** End of the clause holding `pos`: the nearest boundary on the right of the kinds given. */
function clauseEnd(seg: Segment, pos: number, kinds: readonly BoundKind[] = END_KINDS): number {
  return nextBound(seg, pos, kinds)?.start ?? seg.end;
}

/** End of a complement clause ("believes that ..."): commas allowed, stops at ; — ( and ", but", "even as". */
function complementEnd(seg: Segment, pos: number): number {
  const bounds = seg.bounds;
  let k = boundIndexFrom(seg, pos);
  for (let n = 0; k < bounds.length && n < MAX_WALK; k++, n++) {
    const b = bounds[k]!;
    const ch = seg.text.slice(b.start - seg.start, b.end - seg.start).trim();
    if (b.kind === 'punct' && ch !== ',') return b.start;
    if (b.kind === 'adv' && /^(?:but|even\s+as)$/i.test(ch)) {
      const prev = bounds[k - 1];
      return prev && prev.end >= b.start - 2 && prev.kind === 'punct' ? prev.start : b.start;
    }
  }
  return k < bounds.length ? bounds[k]!.start : seg.end;
}

/** Trim junk and a trailing attribution tail; returns null when nothing is left. */
function tidy(text: string, start: number, end: number, dropTail = false): [number, number] | null {
  if (!(end > start) || end - start > MAX_SPAN + 200) return null; // a runaway clause, not a claim
  let s = start;
  let e = end;
  const lead = LEADING_JUNK.exec(text.slice(s, Math.min(e, s + 40)));
  if (lead) s += lead[0].length;
  if (dropTail && e - s > 20) {
    const body = text.slice(s, e);
    const window = body.slice(Math.max(0, body.length - 200));
    const tail = REPORT_WORD.test(window) ? ATTRIBUTION_TAIL.exec(window) : null;
    if (tail) e = s + Math.max(0, body.length - 200) + tail.index;
  }
  const trail = TRAILING_JUNK.exec(text.slice(Math.max(s, e - 40), e));
  if (trail) e -= trail[0].length;
  const aside = TRAILING_ASIDE.exec(text.slice(Math.max(s, e - 20), e)); // "…, though": the writer's aside
  if (aside) e -= aside[0].length;
  // Unbalanced quote marks at the edges: drop them.
  const body = text.slice(s, e);
  const opens = (body.match(/[“]/g) ?? []).length;
  const closes = (body.match(/[”]/g) ?? []).length;
  if (closes > opens && /[”"]$/.test(body)) e--;
  if (opens > closes && /^[“"]/.test(body)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  while (s < e && /\s/.test(text[s]!)) s++;
  // a claim is a clause: at least MIN_WORDS words ("far" left of "so far, insiders said" is not one)
  return e - s <= MAX_SPAN && countWords(text.slice(s, Math.min(e, s + 200))) >= MIN_WORDS ? [s, e] : null;
}

function push(
  out: Candidate[],
  text: string,
  rule: string,
  range: [number, number] | null,
  kind: ClaimReasonKind,
  cue?: [number, number],
) {
  if (!range) return;
  const reason: ClaimReason = cue ? { kind, cue: span(text, cue[0], cue[1]), rule } : { kind, rule };
  out.push({ start: range[0], end: range[1], reasons: [reason] });
}

/** The clause around a cue, with a restrictive relative pulled back to its head noun ("militants who may have"). */
function clauseAround(text: string, seg: Segment, cueStart: number, cueEnd: number): [number, number] | null {
  let start = clauseStart(seg, cueStart);
  const end = clauseEnd(seg, cueEnd);
  const word = wordAt(text, start).toLowerCase();
  if (/^(?:who|which|whom|whose)$/.test(word) && !/,\s*$/.test(text.slice(Math.max(seg.start, start - 3), start))) {
    start = nounPhraseStart(seg, start);
  }
  return tidy(text, start, end, true);
}

/** Walk left over the noun phrase that ends just before pos (nouns, adjectives, numbers, determiners). */
function nounPhraseStart(seg: Segment, pos: number): number {
  let i = tokenIndexAt(seg, pos) - 1;
  let start = pos;
  for (let n = 0; i >= 0 && n < NP_LOOKBACK; i--, n++) {
    const t = seg.tokens[i]!;
    if (/[,;:.!?]/.test(t.post)) break;
    if (!hasTag(t, 'Noun', 'Adjective', 'Value', 'Determiner', 'Possessive') || hasTag(t, 'Pronoun')) break;
    start = t.start;
    if (hasTag(t, 'Determiner')) break;
  }
  return start;
}

// ---------------------------------------------------------------------------------------------------------------
// Detectors over one segment

function* matches(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** "are believed to", "is said to", "presumed to have", "are feared dead": a passive report hedges its clause (or, as a reduced relative, its noun phrase). */
function passiveHedges(text: string, seg: Segment, out: Candidate[]): void {
  const body = seg.text;
  const base = seg.start;
  // "are believed to", "is said to", "presumed to have", "are feared dead"
  for (const re of [PASSIVE_HEDGE, BARE_PARTICIPLE_HEDGE]) {
    for (const m of matches(re, body)) {
      const part = m[1]!.toLowerCase();
      const next = m[2]!.toLowerCase().split(/\s+/)[0]!;
      if (next === 'of' && part !== 'suspected') continue;
      if (FATE_WORDS.includes(next) && !FATE_PARTICIPLES.includes(part)) continue;
      const cs = base + m.index + m[0].indexOf(m[1]!);
      // "I never claimed to be a journalist", "we can no longer claim to be": nothing is claimed
      if (NEGATED_BEFORE.test(text.slice(Math.max(seg.start, cs - 30), cs))) continue;
      const byAgent = /^\s+by\s/i.test(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length));
      const ce = cs + m[1]!.length + (!byAgent && (next === 'to' || next === 'of') ? 1 + next.length : 0);
      if (next === 'to') {
        // "is said to be", not "was reported to the sheriff": the word after "to" (the bare pattern includes it)
        const to = m[0].length - m[2]!.length;
        const after = seg.tokens[tokenIndexAt(seg, base + m.index + to + 2)];
        if (!hasTag(after, 'Verb', 'Adverb')) continue;
      }
      // "police arrested a man believed to be the leader": a reduced relative hedges its noun phrase, not the clause
      const np = re === BARE_PARTICIPLE_HEDGE ? nounPhraseStart(seg, cs) : cs;
      const range =
        np < cs && !BE_WORD.test(lastWordBefore(text, cs))
          ? tidy(text, np, clauseEnd(seg, ce), true)
          : clauseAround(text, seg, cs, ce);
      push(out, text, 'claim.passive-hedge', range, 'hedge', [cs, ce]);
    }
  }
}

/** "the debate likely failed to answer …": "likely"/"probably" before a finite verb, an inference (not "is likely", "will probably"). */
function probableAdverbs(text: string, seg: Segment, out: Candidate[]): void {
  const body = seg.text;
  const base = seg.start;
  // "the debate likely failed to answer …": an inference before a finite verb (not "is likely", "will probably")
  for (const m of matches(PROBABLE_ADVERB, body)) {
    const cs = base + m.index;
    const k = tokenIndexAt(seg, cs);
    const next = seg.tokens[k + 1];
    const prev = seg.tokens[k - 1];
    // "was probably started by": a participle after an auxiliary; "will likely", "most likely", "the likely" are not
    const aux = hasTag(prev, 'Auxiliary', 'Copula') && !hasTag(prev, 'Modal');
    if (hasTag(seg.tokens[k - 2], 'Modal')) continue; // "would have probably turned": a counterfactual
    // "I think a lot of people probably made up their minds": the speaker's own guess
    if (/\b(?:I|we)\s+(?:think|believe|guess|suspect|bet)\b/i.test(text.slice(clauseStart(seg, cs, ['punct']), cs)))
      continue;
    if (!hasTag(next, 'PastTense', ...(aux ? [] : ['PresentTense']))) continue;
    if (hasTag(next, 'Gerund', 'Infinitive', 'Noun', 'Adjective')) continue;
    if (!aux && hasTag(prev, 'Verb', 'Modal', 'Adverb', 'Preposition', 'Determiner')) continue;
    if (FIRST_PERSON.test(subjectBefore(text, cs))) continue;
    push(out, text, 'claim.hedge-adverb', clauseAround(text, seg, cs, cs + m[1]!.length), 'hedge', [
      cs,
      cs + m[1]!.length,
    ]);
  }
}

/** "may have escaped", "could be at the bottom of the sea": an epistemic modal hedges its clause. */
function modalHedges(text: string, seg: Segment, out: Candidate[]): void {
  const body = seg.text;
  const base = seg.start;
  // "may have escaped", "could be at the bottom of the sea"
  for (const m of matches(MODAL_HEDGE, body)) {
    const modal = m[1]!.toLowerCase();
    const aux = m[2]!.toLowerCase();
    const word = m[3]!;
    const wordStart = base + m.index + m[0].length - word.length;
    const t = seg.tokens[tokenIndexAt(seg, wordStart)];
    const participle = /^been$/i.test(word) || hasTag(t, 'PastTense', 'Participle', 'Perfect');
    if (aux === 'have' && !participle) continue;
    // "could have saved lives" is mostly counterfactual; "may/might/must have" infer what happened
    if (aux === 'have' && modal === 'could') continue;
    if (aux === 'be') {
      if (modal === 'must') continue;
      const lw = word.toLowerCase();
      if (!EPISTEMIC_AFTER_BE.has(lw)) continue;
    }
    const cs = base + m.index;
    // "My name may not be on the ballot", "we may have erred": the speaker's own hedge, not a report
    if (/^(?:I|we|my|our|you|your)\b/i.test(text.slice(clauseStart(seg, cs), cs).replace(LEADING_JUNK, ''))) continue;
    const auxEnd = base + m.index + m[0].length - word.length;
    const ce = auxEnd - (text.slice(cs, auxEnd).length - text.slice(cs, auxEnd).trimEnd().length);
    push(out, text, 'claim.may-have', clauseAround(text, seg, cs, ce), 'hedge', [cs, ce]);
  }
}

function detectSegment(text: string, segments: Segment[], i: number, out: Candidate[]): void {
  const seg = segments[i]!;
  const body = seg.text;
  const base = seg.start;

  passiveHedges(text, seg, out);

  // "it is believed that ...", "it was alleged that ..."; "it is likely that ...", "it's possible that ..."
  for (const [pattern, rule] of [
    [IT_IS_BELIEVED, 'claim.it-is-believed'],
    [IT_IS_LIKELY, 'claim.it-is-likely'],
  ] as const)
    for (const m of matches(pattern, body)) {
      const cs = base + m.index + m[0].indexOf(m[1]!);
      const thatEnd = base + m.index + m[0].length;
      push(out, text, rule, tidy(text, thatEnd, complementEnd(seg, thatEnd), true), 'hedge', [cs, cs + m[1]!.length]);
    }

  // "appears to", "seemed to", "it appears that"
  for (const m of matches(APPEAR_HEDGE, body)) {
    const cs = base + m.index;
    const ce = cs + m[0].length;
    if (/that$/i.test(m[0])) {
      push(out, text, 'claim.appears-to', tidy(text, ce, complementEnd(seg, ce), true), 'hedge', [cs, ce]);
    } else push(out, text, 'claim.appears-to', clauseAround(text, seg, cs, ce), 'hedge', [cs, ce]);
  }

  // "seem intent on", "appears poised to"
  for (const m of matches(APPEAR_ADJECTIVE_HEDGE, body)) {
    if (/^look.*\bclose$/i.test(m[0])) continue; // "when you look close"
    const cs = base + m.index;
    push(out, text, 'claim.seems-poised', clauseAround(text, seg, cs, cs + m[0].length), 'hedge', [
      cs,
      cs + m[0].length,
    ]);
  }

  // "will likely", "may now", "might soon": the writer's or a source's hedged forecast
  for (const m of matches(FORECAST_HEDGE, body)) {
    const cs = base + m.index;
    const ce = cs + m[0].replace(/\s+(?:(?:not|also|still)\s+)?$/i, '').length;
    // "we will probably win", "I may well lose": a speaker's own hope, not a report
    if (FIRST_PERSON.test(subjectBefore(text, cs))) continue;
    push(out, text, 'claim.modal-forecast', clauseAround(text, seg, cs, ce), 'hedge', [cs, ce]);
  }

  // "there is no indication that ...": what follows is not established
  for (const m of matches(NO_INDICATION, body)) {
    const cs = base + m.index;
    const ce = cs + m[0].length;
    if (absentEvidenceClause(seg, m))
      push(out, text, 'claim.no-indication', tidy(text, ce, complementEnd(seg, ce), true), 'unverified', [cs, ce]);
  }

  // "There is no evidence to support that.": the sentence before is not established
  for (const m of matches(NO_EVIDENCE_FOR_THAT, body)) {
    const cs = base + m.index;
    const cue: [number, number] = [cs, cs + m[0].replace(/\s*[.;,]?$/, '').length];
    const prev = disputedBefore(segments, i, m[0]);
    if (prev && clauseStart(seg, cs, ['punct']) === seg.start)
      push(out, text, 'claim.no-indication', referentIn(text, out, prev), 'unverified', cue);
  }

  // "was likely caused by"
  for (const m of matches(LIKELY_HEDGE, body)) {
    const cs = base + m.index + m[0].search(/likely/i);
    push(out, text, 'claim.likely-caused', clauseAround(text, seg, cs, cs + 6), 'hedge', [cs, cs + 6]);
  }

  // "reportedly", "allegedly", "apparently"
  for (const m of matches(HEDGE_ADVERB, body)) {
    const cs = base + m.index;
    const ce = cs + m[0].length;
    // "the ostensibly synergistic consolidation": the adverb hedges an adjective in a noun phrase, not the clause
    const k = tokenIndexAt(seg, cs);
    const inPhrase =
      hasTag(seg.tokens[k - 1], 'Determiner', 'Possessive') &&
      hasTag(seg.tokens[k + 1], 'Adjective') &&
      !hasTag(seg.tokens[k + 1], 'Verb') &&
      hasTag(seg.tokens[k + 2], 'Noun');
    const range = inPhrase ? hedgedNounPhrase(text, seg, cs, ce) : clauseAround(text, seg, cs, ce);
    push(out, text, 'claim.hedge-adverb', range, 'hedge', [cs, ce]);
  }

  probableAdverbs(text, seg, out);

  // "her reputed love of shopping", "unconfirmed radar data that suggested ..."
  for (const [re, kind] of [
    [HEDGE_ADJECTIVE, 'hedge'],
    [UNVERIFIED_ADJECTIVE, 'unverified'],
  ] as const) {
    for (const m of matches(re, body)) {
      const cs = base + m.index;
      const range = hedgedNounPhrase(text, seg, cs, cs + m[0].length);
      if (range) push(out, text, 'claim.hedged-noun', range, kind, [cs, cs + m[0].length]);
    }
  }

  modalHedges(text, seg, out);

  for (const m of matches(ACCUSATION, body)) accusation(text, seg, m, out);
  // "the inquiry into whether Trump withheld military aid": what is under investigation is not established
  for (const m of matches(INQUIRY_WHETHER, body)) {
    const cs = seg.start + m.index;
    const ce = cs + m[0].length;
    const cue: [number, number] = [cs, cs + /^\S+/.exec(m[0])![0].length];
    push(out, text, 'claim.under-inquiry', tidy(text, ce, complementEnd(seg, ce), true), 'unverified', cue);
  }

  detectDoubts(text, segments, i, out);
  anonymousSources(text, seg, out);
}

/**
 * Whether a NO_INDICATION match is followed by the clause it says is unsupported: "that …", "of …", or a bare clause
 * ("there's no evidence this is happening"), not an adjunct ("no evidence in the files", "no sign yet").
 */
function absentEvidenceClause(seg: Segment, m: RegExpExecArray): boolean {
  if (/(?:that|of)$/i.test(m[0])) return true;
  const after = seg.start + m.index + m[0].length;
  const next = seg.tokens[tokenIndexAt(seg, after)];
  if (!hasTag(next, 'Noun', 'Determiner', 'Pronoun') || hasTag(next, 'Preposition', 'Adverb')) return false;
  return FINITE_VERB.test(seg.text.slice(after - seg.start).trimStart());
}

/** A be-verb, and perhaps an adverb, right before a participle: "is now", "was", "has been". */
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+\s+)?$/i;

/**
 * "She is accused of orchestrating …" (the clause, subject included), "accusing her of inciting them" (the
 * clause from the verb), "corruption allegations involving his wife", "claims of treason against X" (the noun
 * phrase and its complement).
 */
function accusation(text: string, seg: Segment, m: RegExpExecArray, out: Candidate[]): void {
  const cs = seg.start + m.index;
  const ce = cs + m[0].length;
  const head = /^\S+/.exec(m[0])![0].toLowerCase();
  const noun = /^(?:allegation|accusation|claims)/.test(head);
  if (noun) {
    // "corruption allegations involving his wife", "his claims of fraud": the noun phrase and its complement
    const range = tidy(text, nounPhraseStart(seg, cs), complementEnd(seg, ce), true);
    if (range) push(out, text, 'claim.accusation', range, 'unverified', [cs, cs + head.length]);
    return;
  }
  // the passive keeps its subject ("She is now accused of …"); the active reports from the verb on
  const at = m[0].search(/accus/i);
  const verb: [number, number] = [cs + at, cs + at + /^\S+/.exec(m[0].slice(at))![0].length];
  // "was accused Wednesday of", "is now accused of", "is accused by critics of": a passive too
  const passive =
    !/^accus/.test(head) ||
    (/^accused$/i.test(head) && BE_BEFORE.test(text.slice(Math.max(seg.start, verb[0] - 30), verb[0])));
  const from = passive ? clauseStart(seg, cs) : verb[0];
  let end = complementEnd(seg, ce);
  // "Residents, who accused the utility of overkill, protested": a relative clause set off by commas ends at its
  // closing comma, before the main clause goes on
  if (/,\s*(?:who|which)\s+(?:\p{L}+\s+)?$/u.test(text.slice(Math.max(seg.start, verb[0] - 30), verb[0])))
    end = Math.min(end, ...[text.indexOf(',', ce)].filter((c) => c > 0 && c < end));
  push(out, text, 'claim.accusation', tidy(text, from, end, true), 'unverified', verb);
}

/** In an UNCERTAIN match, what makes it 'unverified' rather than a hedge: "unconfirmed", "yet to be verified". */
const UNVERIFIED_WORDS =
  /unconfirmed|unverified|unproven|to\s+be\s+(?:independently\s+)?(?:confirmed|verified|proven|proved)/i;

/** The detectors of open questions, beliefs, disputes and failed verification over one segment. */
function detectDoubts(text: string, segments: Segment[], i: number, out: Candidate[]): void {
  const seg = segments[i]!;
  const body = seg.text;
  const base = seg.start;
  // "it remains unclear whether", "is still a mystery", "did not know if"
  for (const m of matches(UNCERTAIN, body)) {
    const cs = base + m.index;
    const ce = cs + m[0].length;
    // "you don't know if ..." in a quote is rhetoric, not a report of uncertainty
    if (/^(?:did|do|does|could|can)/i.test(m[0]) && FIRST_PERSON.test(subjectBefore(text, cs))) continue;
    const start = clauseStart(seg, cs);
    const end = /(?:if|whether|how|why|what|who|when|where)$/i.test(m[0])
      ? clauseEnd(seg, ce, ['punct', 'adv'])
      : clauseEnd(seg, ce);
    const kind = /disputed|contested|dispute|doubt/i.test(m[0])
      ? 'disputed'
      : UNVERIFIED_WORDS.test(m[0])
        ? 'unverified'
        : 'hedge';
    push(out, text, 'claim.unclear-whether', tidy(text, start, end, true), kind, [cs, ce]);
  }

  // "intelligence believes that ...", "raised fears that ...", "reports suggest that ..."
  for (const m of matches(BELIEF_THAT, body)) beliefThat(text, segments, i, m, out);
  for (const m of matches(BELIEF_BARE, body)) beliefBare(text, seg, m, out);
  // "Climate change is to blame too, scientists think.": the clause before the believer
  for (const m of matches(BELIEF_AFTER, body)) {
    // not the speaker's own ("…, I think"), a clause of its own ("…, and they think, …", "what he believes"), a
    // noun ("the fear, the anger") or an infinitive ("his mistake, to think, …")
    if (BELIEVER_VETO.test(m[1]!)) continue;
    const cs = base + m.index + m[0].lastIndexOf(m[2]!);
    const comma = base + m.index;
    const start = clauseStart(seg, comma, ['punct']);
    const after = cs + m[2]!.length;
    // a parenthetical ("Ryan's endorsement, many think, is only a matter of time"): the clause runs on past it
    const range = /^\s*,/.test(text.slice(after, after + 3))
      ? tidy(text, start, complementEnd(seg, after + /^\s*,/.exec(text.slice(after))![0].length), true)
      : tidy(text, start, comma, true);
    push(out, text, 'claim.belief-bare', range, 'hedge', [cs, after]);
  }

  // "X denied that ...", "rejected claims that ...", "..., which Y denies"
  for (const m of matches(DISPUTE_VERB, body)) dispute(text, segments, i, m, out);

  // "could not be independently verified", "without evidence"
  for (const m of matches(VERIFY_FAILED, body)) unverified(text, segments, i, m, out);

  // "Both companies declined to comment on the assertion.": the claim named, a sentence or a few before, is unconfirmed
  for (const m of matches(NO_COMMENT_ON_CLAIM, body)) {
    const cs = base + m.index;
    const prev = disputedBefore(segments, i, m[1]!);
    if (prev) push(out, text, 'claim.no-comment', referentIn(text, out, prev), 'unverified', [cs, cs + m[0].length]);
  }

  // "She is accused of … She has pleaded not guilty.": the plea disputes the accusation a few sentences before
  for (const m of matches(NOT_GUILTY_PLEA, body)) {
    const prev = disputedBefore(segments, i, 'the accusations');
    if (prev && /\b(?:accus|charg|alleg)/i.test(prev.text))
      push(out, text, 'claim.not-guilty', referentIn(text, out, prev), 'disputed', [
        base + m.index,
        base + m.index + m[0].length,
      ]);
  }

  // "reports by local fishermen of an explosion", "unconfirmed reports that ..."
  for (const m of matches(UNNAMED_REPORTS, body)) {
    const cs = base + m.index;
    const ce = cs + m[0].length;
    const thatAt = /that$/.test(m[0]);
    const range = thatAt ? tidy(text, ce, complementEnd(seg, ce), true) : tidy(text, cs, clauseEnd(seg, ce), true);
    const from = cs + m[0].search(/reports?/);
    push(
      out,
      text,
      'claim.unnamed-reports',
      range,
      /unconfirmed|unverified/.test(m[0]) ? 'unverified' : 'anonymous-source',
      [from, ce],
    );
  }
}

/** "the alleged killer of three people", "unconfirmed reports of an explosion": the noun phrase a cue modifies. */
function hedgedNounPhrase(text: string, seg: Segment, cs: number, ce: number): [number, number] | null {
  const k = tokenIndexAt(seg, cs);
  const cue = seg.tokens[k];
  const next = seg.tokens[k + 1];
  let prev = seg.tokens[k - 1];
  // "Putin's alleged involvement": compromise reads the possessive as "Putin is" (an empty auxiliary token)
  const owner = prev && prev.text === '' ? seg.tokens[k - 2] : undefined;
  const possessive = !!owner && /['’]s$/i.test(owner.text) && hasTag(next, 'Noun') && !hasTag(next, 'Verb');
  if (possessive) prev = owner;
  if (!cue || !next || cue.start !== cs) return null;
  if (/[,;:.!?]/.test(cue.post)) return null;
  if (!hasTag(next, 'Noun', 'Adjective', 'Value') || hasTag(next, 'Pronoun')) return null;
  if (/^(?:to|of|that|by|as)$/i.test(next.normal)) return null;
  // A verb use ("police suspected the driver") has a subject right before it; an adjective follows a determiner.
  if (
    prev &&
    !possessive &&
    !/[,;:(“"]/.test(prev.post) &&
    !hasTag(prev, 'Determiner', 'Possessive', 'Preposition', 'Conjunction', 'Adjective', 'Value')
  )
    return null;
  if (prev && !possessive && BE_WORD.test(prev.normal)) return null;
  let start = cs;
  if (prev && (possessive || hasTag(prev, 'Determiner', 'Possessive')) && !/[,;:]/.test(prev.post)) start = prev.start;
  let end = ce;
  let j = k + 1;
  for (let n = 0; j < seg.tokens.length && n < NP_MAX_TOKENS; j++, n++) {
    const t = seg.tokens[j]!;
    if (/^(?:that|which|who)$/i.test(t.normal)) break;
    const ok =
      hasTag(t, 'Noun', 'Adjective', 'Value', 'Determiner', 'Possessive', 'Preposition', 'Gerund') ||
      /^(?:and|or)$/i.test(t.normal);
    if (!ok || (hasTag(t, 'Verb') && !hasTag(t, 'Gerund', 'Noun'))) break;
    end = t.end;
    if (/[,;:.!?)”"]/.test(t.post)) {
      j++;
      break;
    }
  }
  // "... data from Malaysia that suggested X": the report and what it says form one claim.
  const after = seg.tokens[j];
  if (after && /^(?:that|which)$/i.test(after.normal) && !/[,;:.]/.test(seg.tokens[j - 1]?.post ?? '')) {
    end = complementEnd(seg, after.end);
  }
  return tidy(text, start, end, true);
}

function beliefThat(text: string, segments: Segment[], i: number, m: RegExpExecArray, out: Candidate[]): void {
  const seg = segments[i]!;
  const cs = seg.start + m.index;
  const cue = m[1]!.toLowerCase();
  const ce = cs + m[1]!.length;
  const thatEnd = seg.start + m.index + m[0].length;
  const before = lastWordBefore(text, cs);
  if (FIRST_PERSON.test(subjectBefore(text, cs))) return; // "we believe that ..." is the speaker's own opinion
  if (/^to$/i.test(before)) return; // "you want to believe that ...": a wish, not a belief held
  // "Who would have believed that ...", "If he thinks that ...": rhetoric and conditions, not beliefs held
  if (/\b(?:would|could)(?:\s+have)?\s+$|\bif\s+[\w’'-]+\s+$/i.test(text.slice(Math.max(0, cs - 24), cs))) return;
  if (/(?:n['’]t|\bnot|\bnever|\bhardly)\s+$/i.test(text.slice(Math.max(0, cs - 12), cs))) return; // "couldn't believe that"
  const k = tokenIndexAt(seg, cs);
  const prevTok = seg.tokens[k - 1];
  // a proposal, not a hedge: "the minister suggested that the sides meet"
  if (/^suggest/.test(cue) && (SUBJECT_PRONOUN.test(before) || hasTag(prevTok, 'Person') || proposal(seg, thatEnd)))
    return;
  const lead = text.slice(Math.max(seg.start, cs - 40), cs);
  const disputed =
    /\b(?:den(?:y|ies|ied|ying)|disput\w+|reject\w*|dismiss\w*|refut\w+)\s+(?:the\s+|any\s+|all\s+)?$/i.test(lead);
  // "Trump's suggestion that Russia spy on ..." is a proposal; "rejected the suggestion that ..." disputes a claim
  if (/^suggestions?$/.test(cue) && !disputed) return;
  // "Reuters reports that ...": a named outlet on the record, not a rumour
  if (
    /^(?:reports?|estimates?|estimated|assess\w*)$/.test(cue) &&
    hasTag(prevTok, 'ProperNoun', 'Organization', 'Person', 'Pronoun')
  )
    return;
  if (/^(?:reports?|claims?|concerns?|fears?|thought)$/.test(cue)) {
    // nouns: "confirmed reports that" is no longer in doubt; "had no thought that" is not a claim
    if (/\b(?:confirm\w*|no|not)\s+(?:the\s+)?$/i.test(lead)) return;
    if (cue === 'thought' && !hasTag(prevTok, 'Noun', 'Pronoun')) return;
  }
  // "conspiracy theories that have been circulated": a relative clause on the noun, not what is believed
  if (
    /^(?:beliefs?|perceptions?|impressions?|theory|theories|assumptions?|speculation|concerns?|rumou?rs?|suspicions?)$/.test(
      cue,
    )
  ) {
    const next = seg.tokens[tokenIndexAt(seg, thatEnd)];
    const finite =
      hasTag(next, 'Auxiliary', 'Modal', 'Copula') ||
      /^(?:have|has|had|is|are|was|were)$/.test(next?.normal ?? '') ||
      (hasTag(next, 'PastTense') && !hasTag(next, 'Noun', 'Pronoun', 'Gerund'));
    if (finite) return;
    // "the belief that every child should have a chance": a value, not a claim
    if (/^beliefs?$/.test(cue) && proposal(seg, thatEnd)) return;
  }
  // A fronted participle phrase ("Fuelling speculation that X, Y returned") ends its complement at the comma.
  const fronted = clauseStart(seg, cs) === seg.start && hasTag(seg.tokens[0], 'Gerund', 'Preposition');
  const end = fronted ? clauseEnd(seg, thatEnd, ['punct']) : complementEnd(seg, thatEnd);
  push(out, text, 'claim.belief-that', tidy(text, thatEnd, end, true), disputed ? 'disputed' : 'hedge', [cs, ce]);
}

/** Whether the clause from pos reads as a proposal: "should"/"must", or a bare verb ("that the sides meet"). */
function proposal(seg: Segment, pos: number): boolean {
  let k = tokenIndexAt(seg, pos);
  for (let n = 0; k < seg.tokens.length && n < 10; k++, n++) {
    const t = seg.tokens[k]!;
    if (/^(?:should|must|ought)$/i.test(t.normal)) return true;
    if (!hasTag(t, 'Verb') || hasTag(t, 'Gerund')) continue;
    if (hasTag(t, 'PastTense', 'Copula', 'Auxiliary', 'Modal')) return false;
    return hasTag(t, 'Infinitive') && !/s$/i.test(t.normal);
  }
  return false;
}

const isAdverb = (t: Token | undefined) => hasTag(t, 'Adverb') && !hasTag(t, 'Auxiliary', 'Modal', 'Negative');

/**
 * After "claimed" at token k: no past or -ing verb before an auxiliary ("claimed the cuts would", not "claimed
 * momentum and argued he is", "claimed credit for raising the tax that was").
 */
function claimedClause(seg: Segment, k: number): boolean {
  for (let i = k + 1; i < seg.tokens.length && i <= k + 8; i++) {
    const t = seg.tokens[i]!;
    if (hasTag(t, 'Auxiliary', 'Modal', 'Copula')) return true;
    if (hasTag(t, 'PastTense', 'Gerund') && !hasTag(t, 'Noun', 'Adjective')) return false;
  }
  return false;
}

/** Before a belief verb: a condition or a rhetorical question ("if voters think", "would anyone believe"). */
const RHETORICAL_BELIEF = /(?:\bif|\bunless|\bwhy|\bwould|\bcould)\s+(?:[\w’'-]+\s+){0,3}$/i;

/**
 * A belief over a relative clause whose subject is the noun before it: "a backpack investigators believe contained a
 * bomb", "the bag that they believe held another". `subj` and `verb` index the believer and the belief verb; the claim
 * runs from the noun phrase to the end of the clause its verb opens (the next comma or "and").
 */
function beliefGap(text: string, seg: Segment, subj: number, verb: number): [number, number] | null {
  const next = seg.tokens[verb + 1];
  const subject = seg.tokens[subj]!;
  // "the plan the council thought was dead": the believer may have its determiner
  const det = hasTag(seg.tokens[subj - 1], 'Determiner') ? 1 : 0;
  const before = seg.tokens[subj - 1 - det];
  if (!next || !hasTag(next, 'PastTense') || hasTag(next, 'Gerund', 'Noun')) return null;
  if (!hasTag(subject, 'Noun', 'Pronoun') || hasTag(subject, 'Possessive')) return null;
  if (!before || !/[a-z]/i.test(before.text) || /[,;:]/.test(before.post)) return null;
  const relative = /^(?:that|which)$/i.test(before.normal);
  if (!relative && !(hasTag(before, 'Noun') && !hasTag(before, 'Pronoun', 'ProperNoun'))) return null;
  const head = relative ? before.start : seg.tokens[subj - det]!.start;
  const start = nounPhraseStart(seg, head);
  if (start >= head) return null;
  let end = next.end;
  for (let k = verb + 1; k < seg.tokens.length; k++) {
    const t = seg.tokens[k]!;
    if (/^(?:and|or|but)$/i.test(t.normal)) break;
    // the main clause's verb after the relative: "the plan the council thought was dead | came back"
    const main = k > verb + 2 && hasTag(t, 'Verb') && !hasTag(t, 'Gerund', 'Participle', 'Infinitive');
    if (main && !hasTag(seg.tokens[k - 1], 'Auxiliary', 'Copula', 'Modal', 'Adverb')) break;
    end = t.end;
    if (/[,;:.!?)]/.test(t.post)) break;
  }
  return tidy(text, start, end, false);
}

function beliefBare(text: string, seg: Segment, m: RegExpExecArray, out: Candidate[]): void {
  const cs = seg.start + m.index;
  const ce = cs + m[1]!.length;
  const after = seg.start + m.index + m[0].length;
  const before = lastWordBefore(text, cs);
  if (FIRST_PERSON.test(subjectBefore(text, cs))) return;
  const k = tokenIndexAt(seg, cs);
  // the subject, past an adverb ("he also claimed"; not an auxiliary: "may have thought" is no belief held)
  let j = k - 1;
  while (j > k - 3 && j > 0 && isAdverb(seg.tokens[j]) && !/[,;:]/.test(seg.tokens[j]!.post)) j--;
  const prev = seg.tokens[j];
  const next = seg.tokens[k + 1];
  if (!prev || /[,;:]/.test(prev.post)) return;
  if (!hasTag(prev, 'Noun', 'Pronoun') && !/^(?:that|which|who)$/i.test(prev.normal)) return;
  // a belief verb in lower case: not "his claims were", nor a headline's "Suspect Named"
  const gap = /^(?:claim|[A-Z])/.test(m[1]!) ? null : beliefGap(text, seg, j, k);
  if (gap) {
    push(out, text, 'claim.belief-bare', gap, 'hedge', [cs, ce]);
    return;
  }
  if (!next || hasTag(next, 'Verb', 'Adverb', 'Preposition') || /^(?:that|it|so|not)$/i.test(next.normal)) return;
  const cue = m[1]!.toLowerCase();
  if (/^suggest/.test(cue) && (SUBJECT_PRONOUN.test(before) || hasTag(prev, 'Person') || proposal(seg, after))) return;
  // "If voters think ...", "why would anyone believe ...": conditions and rhetoric; "think X should": an opinion
  if (RHETORICAL_BELIEF.test(text.slice(Math.max(seg.start, cs - 60), cs))) return;
  if (/^(?:believe|think|suspect|fear)$/.test(cue) && proposal(seg, after)) return;
  if (/^(?:thought|feared|suspected)$/.test(cue) && hasTag(prev, 'Determiner')) return;
  if (
    /^claim/.test(cue) &&
    (hasTag(prev, 'Determiner', 'Possessive') ||
      /^(?:his|her|their|its|our|my|your)$/i.test(prev.normal) ||
      !claimedClause(seg, k))
  )
    return; // "his claims were": the noun
  const rest = text.slice(after, Math.min(seg.end, after + 120));
  if (!(/^claim/.test(cue) ? CLAIMED_CLAUSE : FINITE_VERB).test(rest)) return;
  push(out, text, 'claim.belief-bare', tidy(text, after, complementEnd(seg, after), true), 'hedge', [cs, ce]);
}

/** Words that keep BELIEF_AFTER's believer from being a source set after the clause it believes. */
const BELIEVER_VETO =
  /\b(?:i|we|you|they|and|but|or|who|which|that|what|how|why|where|when|if|as|to|the|a|an|his|her|their|its|our|my|your|this|no|any)\b/i;

/** What may follow a denied pronoun or "the claim" without making it another object: "on Tuesday", "as false". */
const ADJUNCT_ONLY =
  /^\s*(?:$|[,;(—–.!?"”’)]|(?:as|on|in|at|during|to|via|through|with|outright|strongly|firmly|flatly|categorically|vehemently|repeatedly|immediately|publicly|again|later|earlier|today|yesterday|last|this)\b)/i;

/** Heads of a denied object and the stem of the words that report what it denies ("the allegations" -> "alleged"). */
const DENIED_HEAD_STEM: readonly [RegExp, RegExp][] = [
  [/\ballegations?\b/i, /\balleg/i],
  [/\baccusations?\b/i, /\baccus/i],
  [/\breports?\b/i, /\breport/i],
  [/\bclaims?\b/i, /\bclaim/i],
  [/\bcharges?\b/i, /\bcharg/i],
  [/\bsuggestions?\b/i, /\bsuggest/i],
  [/\bassertions?\b/i, /\bassert/i],
];

/**
 * The sentence a referential denial at segment i disputes: the nearest of the few before it that reports what the
 * object names ("denied the allegations" -> the sentence with "alleged"), else the sentence just before, in the same
 * paragraph or, when the denial opens its paragraph, the one before.
 */
function disputedBefore(segments: Segment[], i: number, object: string): Segment | undefined {
  const seg = segments[i]!;
  const near = (j: number) => {
    const p = segments[j];
    return p && j >= i - 3 && p.para >= seg.para - 2 ? p : undefined;
  };
  const stem = DENIED_HEAD_STEM.find(([head]) => head.test(object))?.[1];
  if (stem) for (let j = i - 1; near(j); j--) if (stem.test(near(j)!.text)) return near(j);
  const prev = segments[i - 1];
  return prev && (prev.para === seg.para || prev.para === seg.para - 1) ? prev : undefined;
}

/**
 * A gerund with an object right after "denied": "denied doing anything wrong", "denies taking the money"; not a noun
 * in -ing ("denied funding for the school", "denied boarding to them") nor "anything".
 */
const DENIED_GERUND = /^\s*(?![a-z]*thing\b)[a-z]{2,}ing(?=\s+(?!(?:to|for|of|in|on|at|from|with|by|and|or)\b)[a-z])/;

/** A negation right before a verb: "does not deny", "hasn't disputed", "never rejected", "did not publicly deny". */
const NEGATED_BEFORE = /(?:\bnot|n['’]t|\bnever|\bno\s+longer)\s+(?:[a-z]+ly\s+)?$/i;

/**
 * The span a referential cue ("denied the allegations", "could not be verified") points to in the sentence `prev`:
 * a claim already found there ("people were being paid" in "…condemned 'paid agitators' without offering any
 * evidence that people were being paid"), else what an attribution there reports ("they had killed 20 soldiers" in
 * "Rebels said they had killed 20 soldiers"), else the sentence.
 */
function referentIn(text: string, out: readonly Candidate[], prev: Segment): [number, number] | null {
  for (let k = out.length - 1; k >= 0 && out[k]!.end > prev.start - MAX_SPAN; k--) {
    const c = out[k]!;
    if (c.start >= prev.start && c.end <= prev.end) return [c.start, c.end];
  }
  const stated = prev.stated[0];
  const content = stated ? tidy(text, stated.start, stated.end, false) : null;
  // a reported clause, not a noun phrase ("claimed the attack")
  if (content && countWords(text.slice(content[0], content[1])) > MIN_WORDS) return content;
  return tidy(text, prev.start, prev.end, true);
}

function dispute(text: string, segments: Segment[], i: number, m: RegExpExecArray, out: Candidate[]): void {
  const seg = segments[i]!;
  const cs = seg.start + m.index;
  const ce = cs + m[0].length;
  const before = lastWordBefore(text, cs).toLowerCase();
  const rest = text.slice(ce, Math.min(seg.end, ce + 200));
  const tok = seg.tokens[tokenIndexAt(seg, cs)];
  if (tok && tok.start === cs && hasTag(tok, 'Noun') && !hasTag(tok, 'Verb')) return; // "the challenges we face"
  if (/^(?:the|a|an|these|those|its|their|our|his|her)$/.test(before)) return;
  // "does not deny that the law is flawed", "never disputed it": a concession, not a dispute
  if (NEGATED_BEFORE.test(text.slice(Math.max(seg.start, cs - 30), cs))) return;
  const cue: [number, number] = [cs, ce];
  if (BE_WORD.test(before) || before === 'been' || before === 'being') {
    // "The claim was disputed by ..." : the subject's clause; "were denied entry" is another verb.
    if (!/^\s+by\b/.test(rest)) return;
    push(out, text, 'claim.disputed-by', tidy(text, clauseStart(seg, cs), cs, false), 'disputed', cue);
    return;
  }
  // "..., which Moscow denies." / "..., a claim Hamas rejected."
  const clause = clauseStart(seg, cs, ['punct']);
  const lead = text.slice(clause, cs);
  if (
    /^\s*(?:which|a\s+(?:claim|charge|report|prospect|suggestion|notion|possibility|scenario|version|characteri[sz]ation|view|move)|an\s+(?:allegation|accusation|idea|account|assessment|assertion)|something)\b/i.test(
      lead,
    ) &&
    clause > seg.start
  ) {
    const comma = prevBound(seg, clause, ['punct']);
    if (comma)
      push(
        out,
        text,
        'claim.which-x-denies',
        tidy(text, clauseStart(seg, comma.start, ['punct']), comma.start, false),
        'disputed',
        cue,
      );
    return;
  }
  // "denied that the ...", not "denied that in a statement" (a pronoun object, below)
  const obj =
    /^\s+(?:that\b(?!\s*(?:[,.;]|$)|\s+(?:in|on|at|to|as|during|via|through|outright|strongly|flatly|again|later)\b)|(?:(?:the|any|all)\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?|assertions?)\s+that\b)/i.exec(
      rest,
    );
  if (obj) {
    const from = ce + obj[0].length;
    push(out, text, 'claim.denied-that', tidy(text, from, complementEnd(seg, from), true), 'disputed', cue);
    return;
  }
  // "denied doing anything wrong", "denies breaking the law": a denied act, as "denied having" (DISPUTED_OBJECT)
  const o = DISPUTED_OBJECT.exec(rest) ?? (/^den/i.test(m[0]) ? DENIED_GERUND.exec(rest) : null);
  if (!o) return;
  const from = ce + (o[0].length - o[0].trimStart().length);
  const end = clauseEnd(seg, ce);
  const referential = /^\s*(?:it|this|them|that|(?:the|these|those|such)\s+(?:[a-z’'-]+\s+){0,2}?[a-z]+)$/i.test(o[0]);
  if (referential && ADJUNCT_ONLY.test(text.slice(ce + o[0].length, end))) {
    // "He denied the allegations." / "The ministry denied it on Tuesday.": the claim is what was reported before.
    // "challenged it", "rejected it": a proposal or a tax as often as a claim; only "the claims" and the like.
    const claimHead = DENIED_HEAD_STEM.some(([head]) => head.test(o[0]));
    if (!claimHead && !/^(?:den|disput|refut)/i.test(m[0])) return;
    const prev = disputedBefore(segments, i, o[0]);
    // "However, her brief dismissed those reports": a named claim may be denied mid-sentence; "it" opens one
    if (prev && (clause === seg.start || claimHead))
      push(out, text, 'claim.denied-previous', referentIn(text, out, prev), 'disputed', cue);
    return;
  }
  push(out, text, 'claim.denied-that', tidy(text, from, end, true), 'disputed', cue);
}

function unverified(text: string, segments: Segment[], i: number, m: RegExpExecArray, out: Candidate[]): void {
  const seg = segments[i]!;
  const cs = seg.start + m.index;
  const ce = cs + m[0].length;
  const cue: [number, number] = [cs, ce];
  if (/evidence$/i.test(m[0])) {
    const that = /\bthat\b/i.exec(text.slice(ce, Math.min(seg.end, ce + 60)));
    if (that) {
      const from = ce + that.index + 4;
      push(out, text, 'claim.could-not-verify', tidy(text, from, complementEnd(seg, from), true), 'unverified', cue);
    } else push(out, text, 'claim.could-not-verify', clauseAround(text, seg, cs, ce), 'unverified', cue);
    return;
  }
  const that = /^\s+(?:that|whether)\b/i.exec(text.slice(ce, Math.min(seg.end, ce + 20)));
  if (that) {
    const from = ce + that[0].length;
    push(out, text, 'claim.could-not-verify', tidy(text, from, complementEnd(seg, from), true), 'unverified', cue);
    return;
  }
  const start = clauseStart(seg, cs, ['punct', 'rel', 'adv']);
  const lead = /^\s*/.exec(text.slice(start, start + 20))![0].length;
  if (start <= seg.start + 1 || wordAt(text, start + lead) === '') {
    // "The figures could not be independently verified.", "It was not possible to verify the group's claim.": the
    // sentence before holds the claim, or the one a few before that reports what the sentence names ("claimed")
    const prev = disputedBefore(segments, i, seg.text);
    if (prev) push(out, text, 'claim.could-not-verify', referentIn(text, out, prev), 'unverified', cue);
    return;
  }
  // "X happened, which could not be independently verified": the part before.
  const comma = prevBound(seg, start, ['punct']);
  const cut = comma ? comma.start : start;
  push(out, text, 'claim.could-not-verify', tidy(text, clauseStart(seg, cut, ['punct']), cut, true), 'unverified', cue);
}

// ---------------------------------------------------------------------------------------------------------------
// Anonymous sources found in the text (used whether or not attributions are supplied; merged afterwards)

function anonymousSources(text: string, seg: Segment, out: Candidate[]): void {
  const body = seg.text;
  const base = seg.start;
  const sources: [number, number][] = [];
  for (const m of matches(ANON_SINGULAR, body)) {
    const det = /^\w+/.exec(m[0])![0].toLowerCase();
    const head = /(\w+)$/.exec(m[0])![1]!.toLowerCase();
    if (det === 'the' && !ANON_DEFINITE_HEADS.has(head)) continue;
    // "the source" counts, "the White House official" (a role with a name nearby) too often does not.
    if (det === 'the' && /\s[A-Z]/.test(m[0].slice(3)) && head !== 'source') continue;
    const s = base + m.index;
    if (sourceStart(seg, s, s + m[0].length) !== s) continue; // "a week after the official": no source
    if (modifiesNoun(seg, s + m[0].length)) continue; // "an official statement", "a source document": no person
    sources.push([s, s + m[0].length]);
  }
  for (const m of matches(ANON_PLURAL, body)) {
    const s = base + m.index;
    sources.push([sourceStart(seg, s, s + m[0].length), s + m[0].length]);
  }
  for (const m of matches(UNNAMED_REPORTS_NP, body)) sources.push([base + m.index, base + m.index + m[0].length]);
  for (const m of matches(UNNAMED_SOURCE, body)) sources.push([base + m.index, base + m.index + m[0].length]);
  if (HAS_ANONYMITY.test(body)) {
    for (const m of matches(ANONYMITY_GRANTED_SOURCE, body))
      sources.push([base + m.index, base + m.index + m[0].length]);
  }
  for (const [s, e] of sources) sourceClaim(text, seg, s, e, out);
}

/** Whether the word ending at pos modifies a noun right after it ("official" in "an official statement"). */
function modifiesNoun(seg: Segment, pos: number): boolean {
  const k = tokenIndexAt(seg, pos);
  const head = seg.tokens[k - 1];
  const next = seg.tokens[k];
  if (!head || !next || head.end !== pos || /\S/.test(head.post)) return false;
  return hasTag(next, 'Noun') && !hasTag(next, 'Pronoun', 'Verb', 'Adjective') && !/^(?:who|that)$/i.test(next.normal);
}

/** Start of a source description inside [s, e): just after its last verb, preposition or conjunction. */
function sourceStart(seg: Segment, s: number, e: number): number {
  let start = s;
  for (let k = tokenIndexAt(seg, s); k < seg.tokens.length; k++) {
    const t = seg.tokens[k]!;
    if (t.start >= e) break;
    // "familiar with", "close to" belong to the description; they follow its head noun
    if (/^(?:familiar|close|with|knowledge|of|to|on|about|in|briefed|aware|involved)$/i.test(t.normal)) break;
    if (hasTag(t, 'Verb', 'Preposition', 'Conjunction', 'Adverb') && !hasTag(t, 'Noun', 'Adjective', 'Determiner'))
      start = seg.tokens[k + 1]?.start ?? e;
  }
  return start;
}

/** Given an unnamed source at [s, e), the clause it stands behind, if it is reported beside it. */
function sourceClaim(text: string, seg: Segment, s: number, e: number, out: Candidate[]): void {
  const cue: [number, number] = [s, e];
  /** The claim is the clause from `from` to its complement's end. */
  const claimFrom = (from: number) =>
    push(
      out,
      text,
      'claim.anonymous-source',
      tidy(text, from, complementEnd(seg, from), true),
      'anonymous-source',
      cue,
    );
  const lead = text.slice(Math.max(seg.start, s - 30), s);
  if (/\baccording\s+to\s+$/i.test(lead)) {
    const at = s - /according\s+to\s+$/i.exec(lead)![0].length;
    const preFrom = Math.max(seg.start, at - LEAD_MAX);
    const pre = text.slice(preFrom, at).replace(/[\s,]+$/, '');
    if (pre.length > 2) {
      // "X happened, according to local news reports."
      const cut = preFrom + pre.length;
      push(
        out,
        text,
        'claim.anonymous-source',
        tidy(text, clauseStart(seg, cut, ['punct']), cut, false),
        'anonymous-source',
        cue,
      );
    } else {
      // "According to a source, X."
      const comma = nextBound(seg, e, ['punct']);
      if (comma) claimFrom(comma.end);
    }
    return;
  }
  if (/\bciting\s+$/i.test(lead)) {
    const at = s - /citing\s+$/i.exec(lead)![0].length;
    push(out, text, 'claim.anonymous-source', tidy(text, at, complementEnd(seg, e), false), 'anonymous-source', cue);
    return;
  }
  // Skip a qualifier and a relative clause: "a source close to X, who said he had spoken to ..., told Reuters"
  let after = e;
  const qual =
    /^\s+(?:familiar\s+with|close\s+to|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|in|at|from|for|of)\s+(?:[\w’'.-]+\s+){0,5}?(?=(?:said|says|told|added|,))/i.exec(
      text.slice(after, Math.min(seg.end, after + 80)),
    );
  if (qual) after += qual[0].length;
  else if (/\b(?:with|to|of|on|about|in)$/i.test(text.slice(Math.max(s, e - 6), e))) {
    // "people familiar with the talks say": the object of the qualifier, then the verb
    const obj = /^\s+(?:[\w’'.-]+\s+){0,6}?(?=(?:said|says|say|told|added)\b|,)/i.exec(
      text.slice(e, Math.min(seg.end, e + 80)),
    );
    if (obj) after += obj[0].length;
  }
  const rel = new RegExp(
    `^\\s*,\\s*(?:who|speaking|asking|requesting|declining|citing|according)[^,]{0,${RELATIVE_MAX}},`,
  ).exec(text.slice(after, Math.min(seg.end, after + RELATIVE_MAX + 20)));
  if (rel) after += rel[0].length;
  const restText = text.slice(after, Math.min(seg.end, after + 200)).replace(/^\s+/, '');
  const verb = REPORT_VERB.exec(restText);
  const leadFrom = Math.max(seg.start, s - LEAD_MAX);
  const leadTrim = text.slice(leadFrom, s);
  const inverted = /,\s*["”’]?\s*(?:said|says|told\s+\w+|added)\s+$/i.exec(leadTrim.slice(-60));
  if (!verb && !inverted) return;
  if (/\S/.test(text.slice(e, after)) === false && /^\s*,?\s*[A-Z][a-z]+\s+[A-Z][a-z]+/.test(text.slice(e, e + 40)))
    return; // "a senior official, John Smith, said": named after all
  // "the person added, “...”": the quote that follows is what the source said.
  if (verb) {
    const verbAt = after + (/^\s*/.exec(text.slice(after, after + 50))?.[0].length ?? 0) + verb[0].length;
    const q = /^\s*,?\s*([“"])/.exec(text.slice(verbAt, verbAt + 10));
    if (q) {
      const open = verbAt + q[0].length;
      const closeAt = text.indexOf(q[1] === '“' ? '”' : '"', open);
      const end = closeAt >= 0 && closeAt - open <= MAX_SPAN ? closeAt : -1;
      if (end > open) push(out, text, 'claim.anonymous-source', tidy(text, open, end, false), 'anonymous-source', cue);
      return;
    }
  }
  // Which side holds the content: before the source (", a source said.") or after it ("a source said X").
  const beforeSource = inverted
    ? leadTrim.slice(0, leadTrim.length - inverted[0].length)
    : /,\s*["”’]?\s*$/.test(leadTrim.slice(-10))
      ? leadTrim.replace(/,\s*["”’]?\s*$/, '')
      : '';
  // "So far, insiders said, Pence has done well": a parenthetical source; the longer side is the statement
  if (beforeSource && verb && !inverted) {
    const verbEnd = after + (/^\s*/.exec(text.slice(after, after + 50))?.[0].length ?? 0) + verb[0].length;
    const tail = /^\s*,\s*/.exec(text.slice(verbEnd, verbEnd + 5));
    if (tail && countWords(beforeSource.slice(-200)) < 5) {
      const from = verbEnd + tail[0].length;
      claimFrom(from);
      return;
    }
  }
  if (beforeSource.trim().length > 10) {
    const cut = leadFrom + beforeSource.length;
    const quoted = beforeSource.trimEnd();
    // '... but “canceled the trip ...”, a US official told Axios': the quote is what the source said.
    let start = leadFrom;
    // a sentence the splitter left attached ('... said, “I think so.” At the same time, ...')
    for (const b of quoted.matchAll(/[.!?]["”’]?\s+(?=["“]?[A-Z])/g)) start = leadFrom + b.index + b[0].length;
    const close = quoted[quoted.length - 1];
    if (close === '”' || close === '"') {
      const open = close === '”' ? quoted.lastIndexOf('“') : quoted.lastIndexOf('"', quoted.length - 2);
      if (open >= 0 && quoted.length - open > 10) start = leadFrom + open + 1;
    }
    push(out, text, 'claim.anonymous-source', tidy(text, start, cut, false), 'anonymous-source', cue);
    return;
  }
  if (verb && !inverted) {
    const verbEnd = after + (/^\s*/.exec(text.slice(after, after + 50))?.[0].length ?? 0) + verb[0].length;
    const that = /^\s+(?:on\s+\w+\s+)?(?:that\s+)?/i.exec(text.slice(verbEnd, Math.min(seg.end, verbEnd + 30)));
    const from = verbEnd + (that ? that[0].length : 0);
    if (seg.end - from > 10) claimFrom(from);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Anonymous sources given by the attribution module

const STRONG_ANON =
  /\b(?:sources?|unnamed|anonymous|unidentified|insiders?|familiar|knowledge|anonymity|anonymously|not\s+authori[sz]ed|briefed|reports?)\b/i;

/** A counted group of unnamed sources: "two officials", "three senior Democratic aides", "several diplomats". */
const COUNTED_GROUP =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?:[\w’'.-]+\s+){0,3}?[a-z]+s$/i;

/** Whether an attribution's speaker description is an unnamed source a claim can rest on alone. */
function strongAnonymous(speaker: string): boolean {
  if (STRONG_ANON.test(speaker) || COUNTED_GROUP.test(speaker.trim())) return true;
  ANON_SINGULAR.lastIndex = 0;
  const m = ANON_SINGULAR.exec(speaker);
  ANON_SINGULAR.lastIndex = 0;
  return !!m && m.index === 0 && !/^the\s/i.test(m[0]);
}

/** A contrast between two accounts in one sentence: "X said A, although Y said B". */
const CONTRAST = new RegExp(`(?:^|[\\s,;—–-])${alternation([...CONTRAST_CONJUNCTIONS, 'however'])}\\b`, 'i');

/**
 * Two sources in one sentence whose accounts are set against each other ("The navy said 40 bodies had been
 * recovered, although other media quoted the agency's head as saying only three had been"): neither account is
 * established, and each is disputed by the other.
 */
function conflictingAccounts(text: string, segments: Segment[], list: readonly Attribution[], out: Candidate[]): void {
  const speakerOf = (a: Attribution) => String(a.speaker ?? '').toLowerCase();
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1]!;
    if (!a?.content || !b?.content || a.act || b.act || speakerOf(a) === speakerOf(b)) continue;
    const seg = segmentAt(segments, a.content.start);
    if (!seg || seg !== segmentAt(segments, b.content.start) || b.content.start < a.content.end) continue;
    const bStart = Math.min(b.content.start, b.cue?.start ?? b.content.start, b.source?.start ?? b.content.start);
    if (bStart < a.content.end) continue;
    const between = text.slice(a.content.end, bStart);
    const m = CONTRAST.exec(between);
    if (!m) continue;
    const cueAt = a.content.end + m.index + m[0].search(/[a-z]/i);
    const cue: [number, number] = [cueAt, cueAt + m[0].trim().replace(/^[,;—–-]\s*/, '').length];
    for (const x of [a, b])
      push(out, text, 'claim.conflicting-accounts', tidy(text, x.content.start, x.content.end, false), 'disputed', cue);
  }
}

/**
 * "Many observers believe X", "some analysts say X": a vague, uncounted group of unnamed sources reports a clause
 * and no named source states any part of it, so nobody on the record stands behind it. Not the group on its own
 * plans or feelings ("some supporters said they would stay home"), nor a group with a named member ("many experts,
 * including Ann Lee, say"); bare "officials said" on a routine fact stays unflagged.
 */
function vagueGroupOnly(
  text: string,
  segments: Segment[],
  a: Attribution,
  list: readonly Attribution[],
  out: Candidate[],
): void {
  if (a.act || a.negated || !a.cue || !VAGUE_SOURCE_VERB.test(a.cue.text)) return;
  if (!VAGUE_GROUP.test(String(a.speaker ?? '').trim())) return;
  const { start, end } = a.content;
  if (!(start >= 0 && end <= text.length && end > start)) return;
  if (/^\W*(?:they|their|them|we|our|us)\b/i.test(text.slice(start, end))) return;
  const seg = segmentAt(segments, start);
  if (seg && proposal(seg, start)) return; // "many economists think the state should raise the tax": an opinion
  const from = a.source?.end ?? a.cue.start;
  if (from < a.cue.start && /\bincluding\b/i.test(text.slice(from, a.cue.start))) return;
  const named = list.some((b) => b !== a && !b.anonymous && !b.act && b.content?.start < end && b.content?.end > start);
  if (named) return;
  const source = a.source ?? a.cue;
  push(out, text, 'claim.anonymous-only', tidy(text, start, end, false), 'anonymous-source', [
    source.start,
    source.end,
  ]);
}

/** Segments looked back over for the statement a later denial disputes. */
const DISPUTE_LOOKBACK = 4;
/** Verbs too common to tie a denial to what it denies. */
const LINK_STOP =
  /^(?:say|said|says|told|tell|deny|denied|denies|denying|dispute[sd]?|disputing|reject(?:ed|s|ing)?|rebut(?:ted|s)?|have|has|had|having|do|does|did|done|make|made|get|got|go|went|been|being|take|took|new|other|such|any|all|last|year|years|day|week|time|mr|mrs|ms)$/;

/** A rejected object that is a claim: "rejected the notion that", "dismissed claims that". */
const CLAIM_OBJECT =
  /^\W*(?:the\s+|any\s+|all\s+)?(?:notion|idea|claims?|suggestions?|assertions?|allegations?|accusations?|reports?|charges?)\s+(?:that|of)\b/i;

/** The content words of [start, end) in a segment, as rough stems ("firing", "fired" -> "fir"). */
function contentStems(seg: Segment, start: number, end: number): Set<string> {
  const stems = new Set<string>();
  for (let k = tokenIndexAt(seg, start); k < seg.tokens.length && seg.tokens[k]!.start < end; k++) {
    const t = seg.tokens[k]!;
    if (!hasTag(t, 'Noun', 'Verb', 'Adjective') || hasTag(t, 'Pronoun', 'Auxiliary', 'Copula', 'Modal')) continue;
    const w = t.normal.replace(/['’]s$/, '').replace(/[^a-z0-9-]/g, '');
    if (w.length < 3 || LINK_STOP.test(w)) continue;
    stems.add(w.replace(/(?:ing|ed|es|er|s|ly|e)$/, '').slice(0, 5));
  }
  return stems;
}

/**
 * "Local media reported that the minister had resigned. … The ministry denied the minister had resigned.": a
 * denial (an attribution whose act is 'deny', or "there is no evidence that …") whose content shares most of its
 * content words (two at least) with a statement up to DISPUTE_LOOKBACK sentences before disputes that statement.
 */
function disputedEarlier(text: string, segments: Segment[], list: readonly Attribution[], out: Candidate[]): void {
  const denials: { content: Span; cue: Span; speaker: string }[] = [];
  for (const a of list) {
    if (a?.act !== 'deny' || a.negated || !a.content || !a.cue) continue;
    // "rejected the bill", "rejects the term": only "denied", "disputed", "refuted", or a rejected claim
    const object = text.slice(a.cue.end, Math.min(a.content.start + 40, a.content.end));
    if (!/^(?:den|disput|refut|rebut)/i.test(a.cue.text) && !CLAIM_OBJECT.test(object)) continue;
    denials.push({ content: a.content, cue: a.cue, speaker: String(a.speaker ?? '').toLowerCase() });
  }
  // "There is no evidence that the minister resigned": the absent evidence disputes whoever said so before
  for (const seg of segments) {
    for (const m of matches(NO_INDICATION, seg.text)) {
      if (!absentEvidenceClause(seg, m)) continue;
      const cs = seg.start + m.index;
      const ce = cs + m[0].length;
      const content = span(text, ce, complementEnd(seg, ce));
      denials.push({ content, cue: span(text, cs, ce), speaker: '' });
    }
  }
  for (const d of denials) {
    const i = partitionPoint(segments.length, (k) => segments[k]!.end <= d.content.start);
    const seg = segments[i];
    if (!seg || seg.start > d.content.start) continue;
    const own = contentStems(seg, d.content.start, d.content.end);
    if (own.size < 2) continue; // "denied it", "rejected the claim": referential, handled by claim.denied-previous
    for (let j = i - 1; j >= 0 && j >= i - DISPUTE_LOOKBACK; j--) {
      const prev = segments[j]!;
      const stems = contentStems(prev, prev.start, prev.end);
      let shared = 0;
      for (const w of own) if (stems.has(w)) shared++;
      if (shared < 2 || shared * 2 < own.size) continue;
      // the earlier statement: an attribution's content in that sentence (not the denier's own), else the sentence
      const stated = list.find(
        (b) =>
          b.content &&
          !b.act &&
          b.content.start >= prev.start &&
          b.content.end <= prev.end &&
          String(b.speaker ?? '').toLowerCase() !== d.speaker,
      );
      const range = stated
        ? tidy(text, stated.content.start, stated.content.end, false)
        : tidy(text, prev.start, prev.end, true);
      push(out, text, 'claim.disputed-later', range, 'disputed', [d.cue.start, d.cue.end]);
      break;
    }
  }
}

function fromAttributions(text: string, segments: Segment[], ctx: ClaimContext, out: Candidate[]): void {
  const list = Array.isArray(ctx?.attributions) ? ctx.attributions : [];
  conflictingAccounts(text, segments, list, out);
  disputedEarlier(text, segments, list, out);
  const anonymityBySegment = new Map<Segment, boolean>();
  for (const a of list) {
    if (!a?.anonymous || !a.content) continue;
    const speaker = String(a.speaker ?? '');
    const seg = segmentAt(segments, a.content.start);
    let anonymity = seg ? anonymityBySegment.get(seg) : false;
    if (seg && anonymity === undefined) {
      anonymity = HAS_ANONYMITY.test(seg.text);
      anonymityBySegment.set(seg, anonymity);
    }
    const strong = strongAnonymous(speaker) || !!anonymity;
    if (!strong) {
      vagueGroupOnly(text, segments, a, list, out);
      continue; // "officials said" on a routine fact is not flagged
    }
    const cueSpan = a.source ?? a.cue;
    // a quotation split by its reporting clause is claimed half by half, the clause between left out
    for (const { start, end } of a.parts?.length ? a.parts : [a.content]) {
      if (!(start >= 0 && end <= text.length && end > start)) continue;
      push(
        out,
        text,
        'claim.anonymous-speaker',
        tidy(text, start, end, false),
        'anonymous-source',
        cueSpan ? [cueSpan.start, cueSpan.end] : undefined,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Merge: overlapping candidates are one claim with all its reasons

function merge(text: string, list: Candidate[]): Claim[] {
  const sorted = list
    .filter((c) => c.end > c.start && c.start >= 0 && c.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Candidate[] = [];
  for (const c of sorted) {
    const last = merged[merged.length - 1];
    if (last && c.start < last.end) {
      if (Math.max(last.end, c.end) - last.start > MAX_SPAN) continue; // overlapping runaways: keep the first
      last.end = Math.max(last.end, c.end);
      last.reasons.push(...c.reasons);
    } else merged.push({ start: c.start, end: c.end, reasons: [...c.reasons] });
  }
  return merged.map((c) => {
    const seen = new Set<string>();
    const reasons = c.reasons.filter((r) => {
      const key = `${r.kind}:${r.cue?.start ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { span: span(text, c.start, c.end), reasons };
  });
}
