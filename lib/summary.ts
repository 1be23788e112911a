// Summaries of an analysis: speakers grouped with their statements, counts per category, and the
// terminal / Markdown renderings shared by the CLI, `npm start` and the popup's "copy as Markdown".
// Pure: no DOM, no compromise.
import type { CategoryId } from './categories.ts';
import { ABBREVIATIONS } from './lexicon/abbreviations.ts';
import { ROLE_APPOSITIVE_HEADS, TITLE_ABBREVIATIONS, TITLE_MODIFIERS } from './lexicon/roles.ts';
import type { Actor, Analysis, Attribution, Claim, Span } from './types.ts';
import { alternation } from './words-pattern.ts';

export interface SpeakerGroup {
  speaker: string;
  anonymous: boolean;
  /** Actor kind when the speaker is a known actor. */
  kind?: string;
  statements: Attribution[];
}

/**
 * What a statement says, for display: a quotation split by its reporting clause shows its halves joined, and a
 * reported clause with its reporting clause inside ("The bigger risk, he said, is a clash") shows the clause
 * without it ("The bigger risk … is a clash"); the speaker is shown beside it.
 */
export function statementText(a: Pick<Attribution, 'content' | 'parts' | 'cue' | 'source'>): string {
  if (a.parts && a.parts.length > 1) return a.parts.map((p) => p.text).join(' … ');
  return withoutReportingClause(a) ?? a.content.text;
}

/** The most characters between the speaker and the verb of a reporting clause ("Mr. Warner also said"). */
const MAX_TAG_GAP = 12;

/** The content without the reporting clause it holds (its cue and, next to it, its speaker), or undefined. */
function withoutReportingClause(a: Pick<Attribution, 'content' | 'cue' | 'source'>): string | undefined {
  const { content, cue, source } = a;
  const inside = (s: Span | undefined): s is Span => !!s && s.start > content.start && s.end <= content.end;
  if (!inside(cue)) return undefined;
  let [from, to] = [cue.start, cue.end];
  // "Mr. Warner said", "said Tom Forte", "he noted": the speaker when it stands right beside the cue
  if (inside(source) && (source.end <= cue.start ? cue.start - source.end : source.start - cue.end) <= MAX_TAG_GAP) {
    from = Math.min(from, source.start);
    to = Math.max(to, source.end);
  }
  // ("Ms. Ruiz said on Monday, is": the time or place the cue's phrase left out, up to the comma)
  const rest = /^[^,.;:!?"“”]{1,30},/.exec(content.text.slice(to - content.start));
  if (rest && rest[0].trim().split(/\s+/).length <= 4) to += rest[0].length - 1;
  // (a reporting clause never holds a sentence's end or a quotation mark; "Mr." and "Sen." are no sentence end)
  const tag = content.text.slice(from - content.start, to - content.start);
  const ends = tag.replace(/\b(\w+)\./g, (dot, word: string) => (ABBREVIATIONS.has(word.toLowerCase()) ? word : dot));
  if (/[.!?;:"“”]/.test(ends)) return undefined;
  const before = content.text.slice(0, from - content.start).replace(/[\s,\u2014\u2013-]+$/, '');
  const after = content.text.slice(to - content.start).replace(/^[\s,\u2014\u2013-]+/, '');
  if (!before) return after || undefined;
  return after ? `${before} … ${after}` : before;
}

/**
 * How a statement is marked for readers: "Quoted", "Reported", "Denied", or, for a refusal or a negated verb,
 * its reporting phrase ("Declined", "Would not confirm", "Did not mention"), so that what was not said is
 * never shown as said.
 */
export function statementMark(a: Pick<Attribution, 'direct' | 'act' | 'negated' | 'cue'>): string {
  if (a.act === 'deny') return 'Denied';
  if (a.act === 'decline' || a.negated) {
    const cue = a.cue ? oneLine(a.cue.text) : '';
    if (!cue) return a.act === 'decline' ? 'Declined' : 'Not said';
    return cue.charAt(0).toUpperCase() + cue.slice(1).toLowerCase();
  }
  return a.direct ? 'Quoted' : 'Reported';
}

/** Speakers with their statements, most statements first (ties: first to speak first). */
export function groupBySpeaker(analysis: Pick<Analysis, 'attributions' | 'actors'>): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup & { first: number }>();
  for (const a of analysis.attributions) {
    const key = `${a.anonymous ? 'anon' : 'named'}|${a.speaker.toLowerCase()}`;
    let g = groups.get(key);
    if (!g) {
      const actor = analysis.actors.find((x) => x.name === a.speaker);
      g = { speaker: a.speaker, anonymous: a.anonymous, kind: actor?.kind, statements: [], first: a.content.start };
      groups.set(key, g);
    }
    g.statements.push(a);
  }
  return [...groups.values()]
    .sort((x, y) => y.statements.length - x.statements.length || x.first - y.first)
    .map(({ first: _first, ...g }) => ({
      ...g,
      statements: g.statements.sort((p, q) => p.content.start - q.content.start),
    }));
}

/** Number of highlights per drawn category. */
export function countByCategory(analysis: Analysis): Record<CategoryId, number> {
  const mentions = (kind: string) =>
    analysis.actors.filter((a) => a.kind === kind).reduce((n, a) => n + a.mentions.length, 0);
  return {
    person: mentions('person'),
    organization: mentions('organization'),
    place: mentions('place'),
    figure: analysis.figures.length,
    sourcing: analysis.sourcing.length,
    claim: analysis.claims.length,
  };
}

const REASON_LABEL: Record<string, string> = {
  hedge: 'hedged',
  'anonymous-source': 'anonymous source',
  disputed: 'disputed',
  unverified: 'unverified',
};

/** "hedged: 'believed to'" */
export function reasonText(r: Claim['reasons'][number]): string {
  const label = REASON_LABEL[r.kind] ?? r.kind;
  return r.cue ? `${label}: '${r.cue.text}'` : label;
}

export const speakerLabel = (g: Pick<SpeakerGroup, 'speaker' | 'anonymous'>): string =>
  g.anonymous ? `${g.speaker} (anonymous)` : g.speaker;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
export function shorten(s: string, max = 160): string {
  const t = oneLine(s);
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

export interface FormatOptions {
  color?: boolean;
  title?: string;
}

/** A readable terminal summary: who said what, unconfirmed claims, counts. */
export function formatSummary(analysis: Analysis, opts: FormatOptions = {}): string {
  const c = (code: string, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lines: string[] = [];
  if (opts.title) lines.push(c('1', opts.title), '');
  const counts = countByCategory(analysis);
  lines.push(
    `${c('1', 'Counts')}  ` +
      Object.entries(counts)
        .map(([k, v]) => `${k}: ${v}`)
        .join(' · ') +
      ` · statements: ${analysis.attributions.length}`,
    '',
  );
  lines.push(c('1', 'Who said what'));
  const groups = groupBySpeaker(analysis);
  if (groups.length === 0) lines.push('  (no attributed statements found)');
  for (const g of groups) {
    lines.push(`  ${c(g.anonymous ? '33;1' : '36;1', speakerLabel(g))} — ${g.statements.length}`);
    for (const s of g.statements) {
      const body = s.direct ? `“${shorten(statementText(s))}”` : shorten(statementText(s));
      const plain = !s.act && !s.negated;
      const mark = plain ? (s.direct ? 'quote ' : 'report') : statementMark(s).toLowerCase();
      lines.push(`    ${c(plain ? '2' : '35', mark)} ${body}`);
    }
  }
  lines.push('', c('1', 'Unconfirmed claims'));
  if (analysis.claims.length === 0) lines.push('  (none found)');
  for (const cl of analysis.claims) {
    lines.push(`  ${c('31', '•')} ${shorten(cl.span.text)}`, `      ${c('2', cl.reasons.map(reasonText).join('; '))}`);
  }
  return lines.join('\n');
}

/** The same summary as Markdown, for "copy summary", in the popup's order: sourcing, claims, who said what. */
export function toMarkdown(analysis: Analysis, meta: { title?: string; url?: string } = {}): string {
  const md = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');
  const out: string[] = [`# ${md(meta.title || 'Sourcelight summary')}`];
  if (meta.url) out.push('', `<${meta.url}>`);
  out.push('', '## Sourcing', '', scorecardLine(scorecard(analysis)));
  out.push('', '## Unconfirmed claims', '');
  if (analysis.claims.length === 0) out.push('_None found._');
  for (const cl of [...analysis.claims].sort((a, b) => a.span.start - b.span.start))
    out.push(`- ${md(oneLine(cl.span.text))} — ${md(cl.reasons.map(reasonText).join('; '))}`);
  out.push('', '## Who said what');
  const groups = groupBySpeaker(analysis);
  if (groups.length === 0) out.push('', '_No attributed statements found._');
  for (const g of groups) {
    const actor = analysis.actors.find((a) => a.name === g.speaker);
    const role = actor ? actorRole(analysis.text, actor) : undefined;
    out.push('', `### ${md(speakerLabel(g))}${role ? ` — ${md(role)}` : ''}`, '');
    for (const s of g.statements) {
      out.push(
        `- ${s.direct ? `“${md(oneLine(statementText(s)))}”` : md(oneLine(statementText(s)))} _(${md(statementMark(s).toLowerCase())})_`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 statements: 9 from named sources, 3 from unnamed sources; 5 quoted, 7 reported. 2 unconfirmed claims." */
export function scorecardLine(s: Scorecard): string {
  return (
    `${count(s.statements, 'statement', 'statements')}: ${s.named} from named sources, ${s.unnamed} from unnamed ` +
    `sources; ${s.quoted} quoted, ${s.reported} reported. ${count(s.claims, 'unconfirmed claim', 'unconfirmed claims')}.`
  );
}

// Words a role ends with ("White House press secretary", "US special envoy"); a role found near a name
// must end with one of them, so ordinary appositives ("Karoline Leavitt, who declined ...") are not roles.
const ROLE_NOUN = new RegExp(`\\b${alternation(ROLE_APPOSITIVE_HEADS)}$`, 'i');
/** Lower-case words allowed inside a title written before a name ("US special envoy Adam Boehler"). */
const TITLE_WORD = new RegExp(`^${alternation(TITLE_MODIFIERS)}$`);
const MAX_ROLE = 60;
/** Words that make a stretch after a name a clause, not a role ("Smith, adding that the minister ..."). */
const NOT_ROLE = /\b(?:that|who|which|whose|when|while|adding|saying|and|but|said|says|told)\b/i;

/** A word that closes a clause before a name: "Monday.", "said,", not "U.S.", "Gov." or "Jr.". */
const sentenceEnd = (w: string): boolean =>
  /[,;:]$/.test(w) ||
  (/\.$/.test(w) &&
    !/^(?:\p{Lu}\.)+$/u.test(w) &&
    !TITLE_ABBREVIATIONS[w.toLowerCase()] &&
    !ABBREVIATIONS.has(w.slice(0, -1).toLowerCase()));

/** A person's role as the article states it next to their name, without the article: "White House press secretary". */
export function actorRole(text: string, actor: Pick<Actor, 'kind' | 'mentions'>): string | undefined {
  if (actor.kind !== 'person') return undefined;
  const clean = (r: string) => r.replace(/^(?:the|a|an)\s+/i, '').trim();
  // the head noun comes before any "for the National Lawyers Guild"; a clause ("adding that ...") is no role
  const isRole = (r: string) => {
    const head = r.split(/\s+(?:of|for|at|with|in|to|on)\s+/)[0] ?? '';
    return r.length > 2 && r.length <= MAX_ROLE && ROLE_NOUN.test(head) && !NOT_ROLE.test(r);
  };
  for (const m of actor.mentions) {
    // "Karoline Leavitt, the White House press secretary, said"; "Rachel Lederman, attorney for the NLG (NLG),"
    const after = /^,\s+((?:(?:the|a|an)\s+)?[^,.;:()“”"\n]+?)\s*[,(]/i.exec(text.slice(m.end, m.end + MAX_ROLE + 12));
    if (after?.[1] && isRole(clean(after[1]))) return clean(after[1]);
    const before = text.slice(Math.max(0, m.start - MAX_ROLE - 12), m.start);
    // "The White House press secretary, Karoline Leavitt"
    const appos = /(?:^|[.;:\n]\s*|,\s+)((?:the|a|an)\s+[^,.;:()“”"\n]+?),\s*$/i.exec(before);
    if (appos?.[1] && isRole(clean(appos[1]))) return clean(appos[1]);
    // "the US special envoy Adam Boehler", "President Trump"
    const words = before.split(/\s+/).filter(Boolean);
    const last = words.at(-1) ?? ',';
    if (/[,.;:]$/.test(last) && !TITLE_ABBREVIATIONS[last.toLowerCase()]) continue;
    const title: string[] = [];
    for (let i = words.length - 1; i >= 0 && title.length < 5; i--) {
      const w = words[i]!;
      const word = /^[A-Za-z][\w.’'-]*$/.test(w); // no quotes or brackets: “King James” is no title
      // ("Monday. Sen. Marco Rubio": a word that ends the sentence before is no part of the title)
      if (title.length > 0 && sentenceEnd(w)) break;
      // ("New Jersey Gov. Chris Christie": an abbreviated title is the role's head, written out)
      const head = title.length === 0 ? (TITLE_ABBREVIATIONS[w.toLowerCase()] ?? w) : w;
      if (!word || (title.length === 0 ? !ROLE_NOUN.test(head) : !(/^[A-Z]/.test(w) || TITLE_WORD.test(w)))) break;
      title.unshift(head);
    }
    if (title.length > 0 && isRole(title.join(' '))) return title.join(' ');
  }
  return undefined;
}

/** A file name for the downloaded analysis: "sourcelight-white-house-holds-direct-talks.json". */
export function analysisFileName(title: string | undefined): string {
  const slug = (title ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .split(/[\s_-]+/)
    .filter(Boolean)
    .slice(0, 8)
    .join('-');
  return `sourcelight-${slug || 'analysis'}.json`;
}

/** The sourcing scorecard: how much of what the article reports rests on named people, and how much is hedged. */
export interface Scorecard {
  statements: number;
  /** Statements whose speaker is named / an unnamed source ("a US official"). */
  named: number;
  unnamed: number;
  /** Statements in the speaker's own words / reported in the writer's. */
  quoted: number;
  reported: number;
  claims: number;
}

export function scorecard(analysis: Pick<Analysis, 'attributions' | 'claims'>): Scorecard {
  const s = analysis.attributions;
  const unnamed = s.filter((a) => a.anonymous).length;
  const quoted = s.filter((a) => a.direct).length;
  return {
    statements: s.length,
    named: s.length - unnamed,
    unnamed,
    quoted,
    reported: s.length - quoted,
    claims: analysis.claims.length,
  };
}

/** Which statements the "Who said what" list shows: all, or those one scorecard count stands for. */
export type StatementFilter = 'all' | 'named' | 'unnamed' | 'quoted' | 'reported';

export function keepStatement(filter: StatementFilter, a: Pick<Attribution, 'anonymous' | 'direct'>): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'named':
      return !a.anonymous;
    case 'unnamed':
      return a.anonymous;
    case 'quoted':
      return a.direct;
    case 'reported':
      return !a.direct;
  }
}
