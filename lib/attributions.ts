// Who said what: pairs quotation marks over the raw text, finds reporting verbs in the parsed sentences,
// the speaker before or after each verb and the content it introduces, and resolves the speaker to an
// actor. Pure: strings and the tokens lib/nlp.ts produced; never calls compromise itself, no DOM.
// Every loop is linear in the text; no regular expression with nested quantifiers runs over the input.
import { type CueVerb, cueVerb, thatCueVerb } from './cues.ts';
import {
  ANONYMITY_PHRASES,
  ANONYMITY_SPEECH_VERBS,
  ANONYMOUS_NOUNS,
  ANONYMOUS_OPENERS,
  ANONYMOUS_PHRASE,
  SPOKE_ANONYMOUSLY,
} from './lexicon/anonymous-sources.ts';
import {
  ADJUNCT_PREPOSITIONS,
  ADJUNCT_STARTERS,
  ATTACHED_PREPOSITIONS,
  CLAUSE_CONTINUERS,
  CONTRAST_CONJUNCTIONS,
  PHRASE_CONNECTORS,
  PP_STARTERS,
  SUBORDINATOR_OPENERS,
  SUBORDINATORS,
  TRAILING_SUBORDINATORS,
} from './lexicon/connectors.ts';
import {
  DOC_NOUNS,
  DOCUMENT_SUBJECTS,
  EVIDENCE_NOUNS,
  EVIDENCE_SUBJECTS,
  OCCASION_NOUNS,
  POLL_NOUNS,
  POLL_PREPOSITIONS,
  STATEMENT_NOUNS,
} from './lexicon/documents.ts';
import { ORG_HEADS, OUTLETS, PLACE_ONLY_PREPOSITIONS } from './lexicon/entities.ts';
import { MODIFIERS_1 } from './lexicon/figure-words.ts';
import {
  BE,
  DESCRIPTION_ADVERBS,
  DETERMINERS,
  NEGATIONS,
  NOT_NP,
  SEQUENCE_WORDS,
  TIME_WORDS,
  TRAILING_JUNK,
  VERB_PREFIX,
} from './lexicon/function-words.ts';
import { COLON_LABELS, LABEL_SOURCES, NOTICE_WORDS, RUBRIC_WORDS } from './lexicon/labels.ts';
import { NOT_CONTENT_PREPOSITIONS, NOUN_OBJECT_REPORTING } from './lexicon/noun-objects.ts';
import {
  INDEFINITE_PRONOUNS,
  OBJECT_PRONOUNS,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  PERSONAL_SUBJECT,
  QUANTIFIER_SUBJECTS,
  SUBJECT_PRONOUNS,
} from './lexicon/pronouns.ts';
import {
  APPEARANCE_VERBS,
  DENIAL_VERBS,
  DOC_ACT_FORMS,
  PASSIVE_NOT_CUES,
  RECIPIENT_VERBS,
  REFUSAL_VERBS,
  STANCE_PASSIVE,
  SUMMONED,
  WITHHELD_SPEECH,
} from './lexicon/reporting-verbs.ts';
import {
  DOCUMENT_ROLES,
  GENDERED_PERSON_NOUNS,
  type Gender,
  HONORIFIC_GENDER,
  OUTLET_ROLES,
  PARTY_MEMBER_NOUNS,
  ROLE_APPOSITIVE_HEADS,
  ROLE_HEADS,
  ROLE_NOUNS,
  STATE_ABBREVIATIONS,
  TO_ROLE_NOUNS,
} from './lexicon/roles.ts';
import { CLAIM_NOUNS, STANCE_NOUNS } from './lexicon/stance-nouns.ts';
import { ACT_OBJECTS, DUTY, PLEAS, REQUESTS, SAYING_ACTS, VERDICTS } from './lexicon/verb-senses.ts';
import { givenNameGender, type ParsedText } from './nlp.ts';
import type { TraceEvent } from './rules/rule.ts';
import { partitionPoint } from './search.ts';
import { actorRole } from './summary.ts';
import { has, type Tok, TokenDoc } from './tokens.ts';
import type { Actor, ActorKind, Attribution, AttributionAct, Sourcing, SourcingKind, Span } from './types.ts';
import { alternation } from './words-pattern.ts';

// ---------------------------------------------------------------------------------------------------
// Word classes (the tokens themselves: lib/tokens.ts)

/** A name: tagged so, or capitalised where a sentence does not begin. */
function isProper(t: Tok): boolean {
  return has(t, 'ProperNoun', 'Person', 'Organization', 'Place') || /^[A-Z][a-z]/.test(t.text);
}

/**
 * A word between a subject and its verb: "has also", "would later", and the negated auxiliaries compromise
 * splits in two ("don't" and an empty token tagged Negative).
 */
/** A form of "be", negated ones too ("isn't"). */
function isBe(t: Tok): boolean {
  return BE.has(t.lower) || /^(is|was|are|were)n['\u2019]t$/.test(t.lower);
}

function isVerbPrefix(t: Tok): boolean {
  return VERB_PREFIX.has(t.lower) || (t.text === '' && has(t, 'Negative')) || /n['\u2019]t$/.test(t.lower);
}

function isNounish(t: Tok): boolean {
  if (NOT_NP.has(t.lower)) return false;
  if (has(t, 'Pronoun')) return SUBJECT_PRONOUNS.has(t.lower);
  if (has(t, 'Verb') && !has(t, 'Noun', 'Adjective')) return false;
  return has(
    t,
    'Noun',
    'ProperNoun',
    'Adjective',
    'Determiner',
    'Value',
    'Acronym',
    'Possessive',
    'Honorific',
    'Person',
    'Organization',
    'Place',
  );
}

// ---------------------------------------------------------------------------------------------------
// The engine

interface SpeakerInfo {
  speaker: string;
  anonymous: boolean;
  source: Span;
  kind?: ActorKind;
  /** Resolved to a named actor (or a role noun's referent). */
  named: boolean;
}

interface Mention {
  start: number;
  end: number;
  actor: Actor;
}

/** Who "I" and "we" outside quotation marks and transcript turns are: the article's writer. */
export const WRITER = 'the writer';
/** Text before a name that puts it in a picture credit: "Photograph: ", "Photo by ", "Getty Images/". */
const CREDIT_BEFORE = /(?:\b(?:photo(?:graph)?|picture|image|credit|courtesy)s?\b[^.\n]{0,30}|\/[^\S\n]*)$/i;
/** Text after a name that puts it in a picture credit: "/Getty Images", " Photo", " via Getty". */
const CREDIT_AFTER = /^(?:[^\S\n]*\/[^\S\n]*\p{Lu}|[^\S\n]+(?:photo|via\s+getty)\b)/iu;
/** Text before a name that makes it a place: "in ", "at the ", "near ". */
const PLACE_PREPOSITION = new RegExp(`\\b${alternation(PLACE_ONLY_PREPOSITIONS)}\\s+(?:the\\s+)?$`, 'i');
/** Words before a name within its sentence for it still to be the sentence's subject ("On Monday, Smith"). */
const MAX_SUBJECT_OFFSET = 12;
/** Words searched back from "they" for the plural phrase it stands for. */
const MAX_PLURAL_LOOKBACK = 60;
/** Mentions counted back from a role noun to find the actor the article is about (keeps it linear). */
const MAX_SALIENCE_MENTIONS = 400;

/**
 * The text between a quotation's reporting clause and the next quotation lets that quotation continue
 * the statement: punctuation only, or the rest of the reporting sentence (“A,” she told her audience, a
 * mix of students. “B.”), not a further sentence or paragraph of prose.
 */
/**
 * The text between a speaker's quotation and the next one is one or two whole sentences of the same paragraph whose
 * subject is that speaker ("He worked in construction.", "Foreman, a father of two, lost his job."), each closing
 * on a full stop: the next quotation, opening a sentence, is theirs.
 */
function speakerSentences(
  between: string,
  speaker: string,
  kind: ActorKind | undefined,
  gender: Gender | null | undefined,
): boolean {
  if (kind !== 'person' || /[\n"\u201C\u201D]/.test(between)) return false;
  const body = between.replace(/^[^\S\n]*(?:[,;]?[^.!?]*?)?[.!?][^\S\n]+/, '');
  if (body === between || !/[.!?][^\S\n]+$/.test(body)) return false;
  const sentences = body.trim().split(/(?<=[.!?])\s+(?=[A-Z])/);
  if (sentences.length > 2) return false;
  const surname = speaker.split(/\s+/).pop()!;
  const pronoun = gender === 'female' ? /^She\b/ : gender === 'male' ? /^He\b/ : /^(?:He|She)\b/;
  return sentences.every(
    (x) =>
      pronoun.test(x) ||
      new RegExp(`^(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?(?:\\p{Lu}[\\p{L}.'-]*\\s+)*${alternation([surname])}\\b`, 'u').test(x),
  );
}

function continuesStatement(between: string): boolean {
  if (/^[\s.,:;!?\u2014\u2013-]*$/.test(between)) return true;
  const rest = between.replace(/[\s.,:;!?\u2014\u2013-]+$/, '');
  if (/["\u201C\u201D\n]/.test(rest)) return false;
  // a sentence break inside, other than an abbreviation's dot ("Gov.", "Sen.", "U.S.")
  const re = /[.!?]\s/g;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    if (!/(?:^|\s)(?:[A-Z][a-z]{0,3}|(?:[A-Z]\.)+[A-Z])$/.test(rest.slice(Math.max(0, m.index - 8), m.index)))
      return false;
  }
  return true;
}

/**
 * Anonymity granted: the phrases of hedges.ts's ANONYMITY, or a verb with "anonymously", with the verb before
 * them when there is one ("spoke on condition of anonymity", "talked anonymously").
 */
const ANONYMITY_PHRASE = new RegExp(
  `(?:\\b${alternation(ANONYMITY_SPEECH_VERBS)}\\s+)?\\b${alternation([...ANONYMITY_PHRASES, ...SPOKE_ANONYMOUSLY])}\\b`,
  'gi',
);
/**
 * After a closing quotation mark: a dash and a name that ends the line or sentence, the way reader
 * comments, tweets and epigraphs are signed ("” ― Sonya Herridge", "” — Donald J. Trump (@…)"); not a
 * name the sentence goes on with ("” — Trump, for his part, …"). Groups: the blanks and dash, the name.
 */
const SIGNATURE =
  /^([^\S\n]*(?:[\u2015\u2014\u2013]|--)[^\S\n]*)((?:[A-Z][\p{L}'\u2019-]*\.?|[A-Z]\.)(?:[^\S\n]+(?:[A-Z][\p{L}'\u2019-]*\.?|[A-Z]\.)){0,4})(?=[^\S\n]*(?:$|\n|[(\u201C"]|\.(?:\s|$)))/u;

/**
 * Whether a "LABEL:" opening a paragraph names who speaks: a speaker or a source ("Sanders:", "JAKE
 * TAPPER:", "Clinton to Planned Parenthood:"), not a rubric ("The Latest:", "Breaking:", "FIX IS IN:").
 * In the headline (the text's first line) documents and unknown single words count too ("Poll:", "IG
 * report:", "Milbank:"); mid-paragraph only a capitals name opens a turn of a transcript (the caller
 * also accepts a label seen before). `known` says whether a word names an actor of the text. (Interview "Q:" / "A:" labels are
 * not speakers: PolNeAR train marks them in one interview of nine.)
 */
function isColonLabel(words: Tok[], place: 'headline' | 'paragraph' | 'sentence', known: (w: Tok) => boolean): boolean {
  const first = words[0]!;
  if (COLON_LABELS.has(first.lower) || first.lower === 'the') return false;
  if (words.some((w) => RUBRIC_WORDS.has(w.lower) || w.lower === 'and')) return false;
  // "(WARNING: Video contains graphic images.)", "Editor's note:", "Correction:": the publisher's notices
  if (words.length <= 2 && NOTICE_WORDS.has(words[words.length - 1]!.lower.replace(/['\u2019]s$/, ''))) return false;
  if (words.every((w) => /^[A-Z][A-Z'\u2019.-]+$/.test(w.text)))
    // "JAKE TAPPER:" is a name; "FIX IS IN:" a headline
    return (
      words.length <= 3 &&
      !words.some((w) => has(w, 'Verb', 'Copula', 'Preposition', 'Determiner', 'Adverb', 'Conjunction'))
    );
  if (place === 'sentence' || !/^[A-Z]/.test(first.text)) return false;
  const last = words[words.length - 1]!;
  if (place === 'headline' && words.length <= 4 && LABEL_SOURCES.has(last.lower.replace(/['\u2019]s?$/, '')))
    return true;
  // "Clinton to Planned Parenthood:": a name, then its audience
  const to = words.findIndex((w) => w.lower === 'to');
  const name = to > 0 ? words.slice(0, to) : words;
  if (!name.every((w) => /^[A-Z]/.test(w.text) || PHRASE_CONNECTORS.has(w.lower))) return false;
  if (name.slice(1).some((w) => has(w, 'Verb') && !has(w, 'Noun'))) return false;
  if (
    name.some(
      (w) =>
        known(w) ||
        has(w, 'Person', 'Organization') ||
        // mid-text, a title-case heading ("Little Relief for Refugees:") is no name
        (place === 'headline' && has(w, 'ProperNoun') && !has(w, 'Adjective')) ||
        /^[A-Z]{2,}$/.test(w.text),
    )
  )
    return true;
  // a lone word compromise could not place ("Milbank:", "Khans:")
  const w = name[0]!;
  return (
    place === 'headline' &&
    name.length === 1 &&
    !has(w, 'Verb', 'Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Value', 'Date')
  );
}
const MAX_NP = 10;
/** Longest content in tokens; longer clauses are cut (no sentence in news prose is longer). */
const MAX_CONTENT = 150;
const MAX_RECIPIENT = 5;
/** Longest prose lead-in (words) a partial quotation's statement takes in (content.quote-lead-in). */
const MAX_LEAD_IN = 12;
/** Words a reporting clause after a quote may have before the verb ("a senior US official told AFP"). */
const MAX_THAT_LOOKAHEAD = 8;
/** Verbs of asking whose "for" takes what is asked for: "called for", "pushed for", "appealed for". */
const ASKING_VERBS: ReadonlySet<string> = new Set([
  'call',
  'ask',
  'push',
  'press',
  'appeal',
  'plead',
  'lobby',
  'clamor',
  'beg',
]);
/** Conjunctions that set one source's clause against another's ("…, although X said"). */
const CONTRASTS: ReadonlySet<string> = new Set(CONTRAST_CONJUNCTIONS);

export function findAttributions(
  parsed: ParsedText,
  actors: Actor[],
  trace?: TraceEvent[],
): { sourcing: Sourcing[]; attributions: Attribution[] } {
  const doc = new TokenDoc(parsed);
  const { text, quotes, toks, span, tokSpan, firstTokenAt } = doc;
  const sourcing: Sourcing[] = [];
  const attributions: WorkingAttribution[] = [];
  const usedQuotes = new Set<number>();
  const addSourcing = (kind: SourcingKind, s: Span, rule: string) => sourcing.push({ kind, span: s, rule });
  /** A veto rule (lib/rules/attribution/vetoes.ts) set a candidate cue aside: recorded for --explain only. */
  const veto = (rule: string, v: number): void => {
    trace?.push({ rule, span: tokSpan(v, v), vetoed: true });
  };

  // --- speaker resolution (stage 3: speakerContext, resolveSpeaker below) -----------------------
  /** "NAME: words" turns, found after pass 1 (a transcript's "I" is its turn's speaker). */
  const colonSpeakers: ColonSpeaker[] = [];
  const speakers = speakerContext(doc, actors, attributions, colonSpeakers);
  const mentionAt = (start: number, end: number) => mentionCovering(speakers, start, end);
  const resolve = (i: number, j: number) => resolveSpeaker(speakers, i, j);

  const quoteContent = (qi: number): Span => {
    const q = quotes[qi]!;
    usedQuotes.add(qi);
    return span(q.start, q.end);
  };

  // --- pass 1: cues found and vetoed (findCues below) ------------------------------------------------
  const { cues, passives, statements } = findCues(doc, mentionAt, addSourcing, veto);

  // "in a statement" on its own marks the source only where no speech verb of its sentence does
  // ("said Rep. Cummings, the top Democrat, in a statement": the verb is the cue; PolNeAR train marks a
  // detached "in a statement" 3 times in 26)
  {
    const cueSentences = new Set(cues.filter((c) => c.verb?.cls === 'speech').map((c) => toks[c.v]!.si));
    for (const [a, b] of statements)
      if (!cueSentences.has(toks[a]!.si)) addSourcing('statement', tokSpan(a, b), 'cue.in-a-statement');
  }

  // the article's places, by name: a dateline names where, never who ("PERRIS: Woman ordered …")
  const places = new Set(actors.filter((a) => a.kind === 'place').map((a) => a.name.toLowerCase()));
  findColonSpeakers(
    doc,
    (w) => !!mentionAt(w.start, w.end) || speakers.bySurname.has(w.text),
    (label) => places.has(label),
    colonSpeakers,
  );

  // --- pass 2: contents ---------------------------------------------------------------------------
  const push: Push = (rule, who, content, direct, cue, si, clauseEnd, act = { act: 'assert', negated: false }) => {
    if (!who || !content || content.end <= content.start) return;
    if (!direct) who = notNamedInOwnClause(speakers, who, content);
    if (!who) return;
    attributions.push({
      speaker: who.speaker,
      anonymous: who.anonymous,
      direct,
      cue,
      content,
      source: who.source,
      si,
      kind: who.kind,
      named: who.named,
      clauseEnd,
      rule,
      ...(act.act === 'assert' ? {} : { act: act.act }),
      ...(act.negated ? { negated: true } : {}),
    });
    if (who.anonymous && ANONYMOUS_PHRASE.test(who.source.text))
      addSourcing('anonymous-source', who.source, 'cue.anonymous-speaker');
  };
  const contentVetoed = new Set<number>();
  const contentVeto = (rule: string, v: number): void => {
    contentVetoed.add(toks[v]!.start);
    veto(rule, v);
  };
  readContents(doc, cues, { push, quoteContent, resolve, attributions, usedQuotes, veto: contentVeto });
  dropEmptyBeliefs(sourcing, contentVetoed);

  for (const cs of colonSpeakers) {
    addSourcing('cue', cs.colon, 'cue.colon-label');
    // "Clinton to Planned Parenthood: …": the speaker is before "to"
    let ne = cs.np[0];
    while (ne < cs.np[1] && toks[ne + 1]!.lower !== 'to') ne++;
    const who =
      (cs.np[0] === ne ? surnameSpeaker(speakers, ne) : undefined) ??
      resolve(cs.np[0], ne) ??
      labelSpeaker(speakers, cs.np[0], ne);
    const q0 = toks[cs.content[0]]!.q;
    const direct = q0 >= 0 && quotes[q0]!.end >= toks[cs.content[1]]!.start;
    const content =
      direct && quotes[q0]!.open > toks[cs.np[1]]!.end ? quoteContent(q0) : tokSpan(cs.content[0], cs.content[1]);
    push('statement.colon-label', who, content, direct, cs.colon, toks[cs.np[0]]!.si, content.end);
  }
  for (const pv of passives) {
    const who = resolve(pv.agent[0], pv.agent[1]);
    // "the report was denied by the ministry": the agent denies what the subject names
    const act = DENIAL_VERBS.has(pv.lemma) ? { act: 'deny' as const, negated: false } : undefined;
    push(
      'statement.passive-agent',
      who,
      tokSpan(pv.subject[0], pv.subject[1]),
      false,
      pv.cue,
      toks[pv.agent[0]]!.si,
      toks[pv.agent[1]]!.end,
      act,
    );
  }

  /** Signed quotations: each stands alone (the next quotation is the next reader's or poster's). */
  const signed = new Set<(typeof attributions)[number]>();
  // --- a quotation signed with a dash: "“…” ― Sonya Herridge", "“…” — Donald J. Trump (@realDonaldTrump)" ---
  // (a signature outranks a reporting verb inside the quotation: "“… Trump said Hispanics live in hell …” ― X")
  quotes.forEach((q, qi) => {
    const after = text.slice(q.close + 1, q.close + 120);
    const m = SIGNATURE.exec(after);
    if (!m) return;
    const dashAt = q.close + 1 + (m[1]!.length - m[1]!.trimStart().length);
    const nameStart = q.close + 1 + m[0]!.length - m[2]!.length;
    const i = firstTokenAt(nameStart);
    if (i < 0 || toks[i]!.start !== nameStart) return;
    let j = i;
    while (j + 1 < toks.length && toks[j + 1]!.end <= nameStart + m[2]!.length) j++;
    const who = resolve(i, j) ?? labelSpeaker(speakers, i, j);
    if (who.anonymous) return;
    if (attributions.some((a) => a.direct && a.content.start === q.start && a.content.end === q.end)) return;
    const dash = span(dashAt, dashAt + m[1]!.trim().length);
    addSourcing('cue', dash, 'cue.signature-dash');
    push('statement.signed-quote', who, quoteContent(qi), true, dash, toks[i]!.si, toks[j]!.end);
    signed.add(attributions[attributions.length - 1]!);
  });

  // --- pass 3: quotes that continue an attributed quote ("“A,” he said. “B.”") ----------------------
  const genderOfSpeaker = (name: string) => {
    const actor = speakers.actorByName.get(name);
    return actor ? speakers.genderOf.get(actor) : undefined;
  };
  continueQuotes(doc, attributions, usedQuotes, signed, genderOfSpeaker, trace);

  stanceNounCues(doc, addSourcing);
  pollCues(doc, addSourcing);
  anonymityCues(doc, addSourcing);
  colonQuoteCues(doc, sourcing, addSourcing);
  return {
    sourcing: oneSourcingPerStretch(sourcing),
    attributions: oneAttributionPerStatement(withoutChannels(attributions)),
  };
}

/**
 * Records that carry someone's words: "according to a transcript", "according to excerpts released by …", "according
 * to press reports"; not a report, a poll or a study, whose findings are their own.
 */
const CHANNEL_NOUNS: ReadonlySet<string> = new Set(
  'transcript transcripts excerpt excerpts video videos recording recordings footage tape tapes audio copy text letter letters email emails memo tweet tweets reports'.split(
    ' ',
  ),
);

/**
 * '“…,” Hewitt said, according to a transcript of the show': the document only carries the statement its content
 * already reports with a speaker of its own; it is the channel, not a second speaker (the sourcing phrase stays).
 */
function withoutChannels(attributions: WorkingAttribution[]): WorkingAttribution[] {
  return attributions.filter((a) => {
    if (a.rule !== 'content.according-to-before' || !a.source) return true;
    const head = a.source.text
      .split(/\s+(?:of|from|by|released|obtained|posted|published)\b/)[0]!
      .split(/\s+/)
      .pop();
    if (!head || !CHANNEL_NOUNS.has(head.toLowerCase())) return true;
    // (a named speaker's words: "Americans say …, according to a poll" is the poll's finding)
    return !attributions.some(
      (b) =>
        b !== a &&
        b.named &&
        b.cue !== undefined &&
        b.cue.start >= a.content.start &&
        b.cue.end <= a.content.end &&
        cueVerb(b.cue.text.split(/\s+/)[0]!.toLowerCase())?.cls === 'speech',
    );
  });
}

/**
 * A belief verb whose content was set aside ("buyers have known for a while", "I know him") holds no one's
 * position: its sourcing phrase goes too. A speech verb's stays ("said nothing new" was still said). `vetoed` holds
 * the start of each cue verb whose content a content rule set aside.
 */
function dropEmptyBeliefs(sourcing: Sourcing[], vetoed: ReadonlySet<number>): void {
  for (let n = sourcing.length - 1; n >= 0; n--) {
    const sc = sourcing[n]!;
    if (sc.kind === 'belief' && sc.rule === 'cue.reporting-verb' && vetoed.has(sc.span.start)) sourcing.splice(n, 1);
  }
}

// ---------------------------------------------------------------------------------------------------
// Cues found after the statements: each a pass over the token document on its own

type AddSourcing = (kind: SourcingKind, s: Span, rule: string) => void;

/** stance nouns with their complement: "criticism of", "calls for", "warnings that", "questions about" */
function stanceNounCues(doc: TokenDoc, addSourcing: AddSourcing): void {
  const { toks, punctAfter, tokSpan } = doc;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    const preps = STANCE_NOUNS[t.lower];
    if (!preps || t.q >= 0 || punctAfter(i) || !preps.includes(toks[i + 1]!.lower)) continue;
    addSourcing('cue', tokSpan(i, i + 1), 'cue.stance-noun');
  }
}

/**
 * "a lead in the latest CNN/ORC poll", "In a Fox News poll released Sunday, …": a poll named by its pollster, or
 * opening the sentence, is the source of the figures around it ("in the polls" is not: PolNeAR train marks it in
 * under a third of its uses)
 */
function pollCues(doc: TokenDoc, addSourcing: AddSourcing): void {
  const { toks, punctAfter, tokSpan, first } = doc;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!POLL_PREPOSITIONS.has(t.lower) || t.q >= 0) continue;
    const opens = i === first(i);
    let pollster = false;
    for (let k = i + 1; k < toks.length && k - i <= 8 && toks[k]!.si === t.si; k++) {
      const w = toks[k]!;
      if (POLL_NOUNS.has(w.lower)) {
        // the poll heads the phrase ("poll numbers", "survey data" are other things)
        const next = toks[k + 1];
        const head = !next || punctAfter(k) || !has(next, 'Noun') || has(next, 'Verb');
        if (head && (pollster || opens)) addSourcing('cue', tokSpan(i, i), 'cue.poll');
        break;
      }
      if (has(w, 'Organization', 'Acronym') || (isProper(w) && !has(w, 'Place', 'Date'))) pollster = true;
      if (punctAfter(k - 1) || (has(w, 'Verb') && !has(w, 'Noun', 'Adjective')) || has(w, 'Preposition', 'Pronoun'))
        break;
    }
  }
}

/** "who spoke on condition of anonymity", "speaking anonymously": the source is anonymous on purpose */
function anonymityCues(doc: TokenDoc, addSourcing: AddSourcing): void {
  const { text, span } = doc;
  for (const m of text.matchAll(ANONYMITY_PHRASE)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    addSourcing('anonymous-source', span(start, m.index + m[0].length), 'cue.anonymity-phrase');
  }
}

/** "… a few relevant facts: “Of its …”": a colon that hands over to a quotation is a cue */
function colonQuoteCues(doc: TokenDoc, sourcing: readonly Sourcing[], addSourcing: AddSourcing): void {
  const { text, toks, quotes, span, first } = doc;
  const cueEnds = sourcing.map((x) => x.span.end).sort((x, y) => x - y);
  const lastEndBefore = (b: number) => {
    const lo = partitionPoint(cueEnds.length, (k) => cueEnds[k]! <= b);
    return lo > 0 ? cueEnds[lo - 1]! : -Infinity;
  };
  for (const q of quotes) {
    let b = q.open - 1;
    while (b > 0 && b > q.open - 4 && /[ \t\n]/.test(text[b]!)) b--;
    if (text[b] !== ':' || b === 0 || /[\d]/.test(text[b - 1] ?? '')) continue;
    if (b - lastEndBefore(b) < 40) continue; // "said:" is one cue
    // "He told his audience, to rowdy applause: “…”": the sentence's verb already is the cue
    const ti = partitionPoint(toks.length, (k) => toks[k]!.end <= b) - 1;
    if (ti >= 0 && lastEndBefore(b) > toks[first(ti)]!.start) continue;
    // "McCaskill scolded him: “…”": the verb that hands over is part of the cue
    let vb = ti;
    if (vb >= 0 && OBJECT_PRONOUNS.has(toks[vb]!.lower) && vb - 1 >= first(ti)) vb--;
    const handOver =
      vb >= 0 && has(toks[vb]!, 'PastTense', 'PresentTense') && !has(toks[vb]!, 'Noun', 'Copula', 'Auxiliary');
    addSourcing('cue', span(handOver ? toks[vb]!.start : b, b + 1), 'cue.colon-before-quote');
  }
}

/** One sourcing item per stretch of text: the first (longest) of those that overlap. */
function oneSourcingPerStretch(sourcing: Sourcing[]): Sourcing[] {
  sourcing.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const outSourcing: Sourcing[] = [];
  for (const s of sourcing) {
    const prev = outSourcing[outSourcing.length - 1];
    if (prev && s.span.start < prev.span.end) continue;
    outSourcing.push(s);
  }
  return outSourcing;
}

/** One attribution per content and speaker, without the working fields. */
function oneAttributionPerStatement(attributions: WorkingAttribution[]): Attribution[] {
  attributions.sort((a, b) => a.content.start - b.content.start);
  const out: Attribution[] = [];
  for (const a of attributions) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.content.start === a.content.start &&
      prev.content.end === a.content.end &&
      prev.speaker === a.speaker
    )
      continue;
    const { si: _si, kind: _kind, named: _named, clauseEnd: _ce, ...rest } = a;
    out.push(rest);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Noun phrases, adverbials and content bounds over the token document

/** Token k is "to" after a role noun that takes it: "a senior adviser to the president", "the ambassador to the UN". */
function roleTo(doc: TokenDoc, k: number): boolean {
  return doc.toks[k]?.lower === 'to' && k > 0 && TO_ROLE_NOUNS.has(doc.toks[k - 1]!.lower);
}

/** Tokens k and k+1 are "close to" inside one clause: the qualifier of an unnamed source ("a source close to X"). */
function closeTo(doc: TokenDoc, k: number): boolean {
  const { toks, punctAfter } = doc;
  return toks[k]?.lower === 'close' && toks[k + 1]?.lower === 'to' && !punctAfter(k);
}

/** The noun phrase ending at token j (walking back), within its sentence; [start, j] or undefined. */
function nounPhraseBack(doc: TokenDoc, j: number): [number, number] | undefined {
  const { toks, first, punctAfter } = doc;
  const f = first(j);
  if (j < f || toks[j]!.q >= 0 || PHRASE_CONNECTORS.has(toks[j]!.lower)) return undefined;
  // compromise tags "campaign" in "O'Malley's campaign says" as a verb: after a possessive or a
  // determiner, the word before a reporting verb is the subject's noun
  const after = j > f ? toks[j - 1]! : undefined;
  const nounByPosition =
    !!after &&
    !punctAfter(j - 1) &&
    (has(after, 'Possessive') ||
      DETERMINERS.has(after.lower) ||
      // "The Trump campaign on Tuesday responded"
      (has(after, 'ProperNoun') && j - 2 >= f && DETERMINERS.has(toks[j - 2]!.lower) && !punctAfter(j - 2))) &&
    /^[a-z]/.test(toks[j]!.text);
  // "Cologne police say", "Iowa biofuels advocates say", "Police say": compromise reads the plural
  // noun before a present-tense reporting verb as a verb ("to police")
  const next = toks[j + 1];
  const nounBeforeCue =
    !!next &&
    !punctAfter(j) &&
    next.lower === cueVerb(next.lower)?.lemma &&
    has(toks[j]!, 'PresentTense') &&
    !has(toks[j]!, 'Auxiliary', 'Copula', 'Modal') &&
    !VERB_PREFIX.has(toks[j]!.lower) &&
    (after === undefined || punctAfter(j - 1) || has(after, 'ProperNoun', 'Adjective', 'Noun'));
  // "Those close to him say": the object of "close to" closes the phrase
  const closeObject = j - 3 >= f && OBJECT_PRONOUNS.has(toks[j]!.lower) && closeTo(doc, j - 2);
  if (!isNounish(toks[j]!) && !nounByPosition && !nounBeforeCue && !closeObject) return undefined;
  // "Later he said", "In the past she described": a subject pronoun is the whole subject
  if (has(toks[j]!, 'Pronoun') && SUBJECT_PRONOUNS.has(toks[j]!.lower)) return [j, j];
  let i = j;
  while (i > f && j - i < MAX_NP) {
    const p = toks[i - 1]!;
    // "two big-name politicians", "a well-known lawyer": a hyphen joins the word before into the phrase
    if (p.q < 0 && doc.gap(i - 1) === '-' && /^[A-Za-z]/.test(p.text)) {
      i--;
      continue;
    }
    if (p.q >= 0 || punctAfter(i - 1)) break;
    // "a source close to the probe", "people close to the senator": 'close to' joins like a connector, whatever
    // the tagger made of "close"
    if (i - 3 >= f && closeTo(doc, i - 2) && isNounish(toks[i - 3]!)) {
      i -= 2;
      continue;
    }
    // ("A senior adviser to the president said", "the delegation to the forum": "to" after a role noun joins the
    // phrase the role heads; the speaker is the adviser, not the president)
    if (PHRASE_CONNECTORS.has(p.lower) || (i - 2 >= f && roleTo(doc, i - 1))) {
      if (i - 2 < f || punctAfter(i - 2) || !isNounish(toks[i - 2]!) || toks[i - 2]!.q >= 0) break;
      if (p.lower === 'and' && !likeConjuncts(toks[i - 2]!, toks[i]!)) break;
      i--;
      continue;
    }
    // "his spokesman said": a possessive pronoun opens the phrase
    if (Object.hasOwn(POSSESSIVE_SUBJECTS, p.lower) && i === j) {
      i--;
      break;
    }
    // "Trump campaign manager Kellyanne Conway said": compromise tags "campaign" a verb; between a name and
    // the phrase's noun it is a noun modifier
    if (!isNounish(p) && !compoundModifier(doc, i - 1)) break;
    if (has(p, 'Pronoun')) break;
    // "economic policies Mr Mugabe's critics have blamed": a title or determiner opens a phrase of its own
    if (has(toks[i]!, 'Honorific', 'Determiner') && has(p, 'Plural') && !has(p, 'Determiner')) break;
    // "wearing a backpack investigators believe contained": "a" and a singular noun cannot open a plural's phrase
    // ("a few officials", "a dozen officials", "a group of physicians" can)
    if (
      /^an?$/.test(p.lower) &&
      i < j &&
      !toks.slice(i, j).some((w) => PHRASE_CONNECTORS.has(w.lower)) &&
      has(toks[j]!, 'Plural') &&
      has(toks[i]!, 'Singular') &&
      !has(toks[i]!, 'Value', 'Adjective', 'ProperNoun')
    ) {
      i++;
      break;
    }
    i--;
  }
  // "confined to his home and the military said": where the phrase before "and" is the object of a verb or a
  // preposition, "and" joins two clauses and the subject is the phrase after it
  const and = toks.slice(i, j).findLastIndex((w) => w.lower === 'and') + i;
  // ("a television and radio ad": an article before modifiers joined by "and" opens one phrase)
  const r = toks[and + 1];
  const ownPhrase =
    !!r && (has(r, 'Determiner', 'ProperNoun', 'Value', 'Pronoun', 'Plural') || !/^(a|an|the)$/.test(toks[i]!.lower));
  const plainLeft = and > i && ownPhrase && !toks.slice(i, and).some((w) => PHRASE_CONNECTORS.has(w.lower));
  if (plainLeft && and < j && objectBefore(doc, i)) return [and + 1, j];
  // a pronoun inside a longer phrase is not its opener ("he said" is handled as one word)
  return [i, j];
}

/** Whether the noun phrase opening at token i (or at a possessive or article before it) is a verb's or a preposition's object. */
function objectBefore(doc: TokenDoc, i: number): boolean {
  const { toks, first, punctAfter } = doc;
  let b = i - 1;
  if (
    b >= first(i) &&
    !punctAfter(b) &&
    (DETERMINERS.has(toks[b]!.lower) || Object.hasOwn(POSSESSIVE_SUBJECTS, toks[b]!.lower))
  )
    b--;
  if (b < first(i) || punctAfter(b) || toks[b]!.q >= 0) return false;
  const w = toks[b]!;
  // ("candidates like Trump and Sanders are vowing", "the battle between Clinton and Sanders exposed": these
  // prepositions take both conjuncts)
  if (
    w.lower === 'that' ||
    SUBORDINATORS.has(w.lower) ||
    /^(like|between|among|including|as|by|with|from|for)$/.test(w.lower)
  )
    return false;
  // (a present-tense form may be a plural noun the tagger misread: "top aides John Podesta and Howard Wolfson")
  // or an adjective ("when top aides …"): a bare form counts only after its subject, "to", a modal or a negation
  const pw = b > first(i) ? toks[b - 1]! : undefined;
  const infinitive =
    has(w, 'Infinitive') &&
    !!pw &&
    !punctAfter(b - 1) &&
    (pw.lower === 'to' ||
      (!has(pw, 'QuestionWord', 'Preposition', 'Determiner', 'Conjunction') && !SUBORDINATORS.has(pw.lower)));
  const verb =
    (has(w, 'PastTense', 'Gerund', 'Participle') || infinitive) && !has(w, 'Noun', 'Auxiliary', 'Copula', 'Adjective');
  // ("in front of her mother's house and the person replied": a connector the phrase did not take in, because
  // the word before it is no noun or a pronoun opens the phrase, is a preposition with its object)
  return (has(w, 'Preposition') && w.lower !== 'and' && w.lower !== '&') || verb;
}
/**
 * Whether "and" joins two conjuncts of one subject: the word before it ends a noun phrase, or both sides are
 * modifiers ("senior and junior officials"). A bare adjective or comparative before "and" ends another clause's
 * predicate ("he was otherwise fine and the military said", "urged him to fire feds faster and staffers know").
 */
function likeConjuncts(before: Tok, after: Tok): boolean {
  const modifier = (t: Tok) => has(t, 'Adjective', 'Comparative') && !has(t, 'Noun', 'ProperNoun', 'Value', 'Acronym');
  return !modifier(before) || (modifier(after) && !has(after, 'Comparative'));
}

/**
 * A lowercase word the tagger read as a present-tense verb, between a name and a noun with nothing between
 * ("Trump campaign manager", "Clinton transition team"): a noun modifying the noun, as a verb never sits there.
 */
/** A lower-case singular common noun that a base form before it compounds with: "tank" in "think tank". */
function compoundHead(t: Tok | undefined): boolean {
  return (
    !!t &&
    t.q < 0 &&
    /^[a-z]+$/.test(t.text) &&
    has(t, 'Singular') &&
    !has(t, 'Pronoun', 'Determiner', 'Verb', 'Adjective')
  );
}

function compoundModifier(doc: TokenDoc, m: number): boolean {
  const { toks, first, punctAfter } = doc;
  const w = toks[m]!;
  const before = m > first(m) ? toks[m - 1]! : undefined;
  return (
    !!before &&
    /^[a-z]/.test(w.text) &&
    w.q < 0 &&
    !punctAfter(m - 1) &&
    !punctAfter(m) &&
    has(w, 'PresentTense', 'Infinitive') &&
    !has(w, 'Auxiliary', 'Copula', 'Modal', 'PastTense', 'Gerund') &&
    !VERB_PREFIX.has(w.lower) &&
    // (a reporting verb's base form only before a common noun it compounds with: "Water think tank")
    (!cueVerb(w.lower) || compoundHead(toks[m + 1])) &&
    // ("Trump campaign manager", "Obama's former campaign strategist": after a name or an adjective, which
    // never makes a subject of its own)
    ((has(before, 'ProperNoun') && !has(before, 'Possessive')) || (has(before, 'Adjective') && !has(before, 'Noun'))) &&
    isNounish(toks[m + 1]!)
  );
}

/** The noun phrase starting at token i (walking forward) within its sentence. */
/** A quotation of one to three words with no sentence mark: a term set apart, not a statement. */
function scareQuote(doc: TokenDoc, q: number): boolean {
  const { open, close } = doc.quotes[q]!;
  const inner = doc.text.slice(open + 1, close);
  return close - open <= 40 && !/[.,;:!?]/.test(inner) && inner.trim().split(/\s+/).length <= 3;
}
function nounPhraseForward(doc: TokenDoc, i: number, max = MAX_NP): [number, number] | undefined {
  const { toks, last, punctAfter } = doc;
  if (i >= toks.length) return undefined; // a cue that ends the text ("… Starr said")
  const l = last(i);
  if (i > l || toks[i]!.q >= 0 || !isNounish(toks[i]!)) return undefined;
  let j = i;
  // 'the new “dot plot” of rate projections': a scare-quoted word or two inside the phrase, marks and all
  const inTerm = (k: number) => toks[k]!.q >= 0 && isNounish(toks[k]!) && scareQuote(doc, toks[k]!.q);
  const marksOnly = (k: number) => /^\s*["“”]\s*$/.test(doc.gap(k));
  const hyphen = (k: number) => doc.gap(k) === '-' && toks[k + 1]!.q < 0 && /^[A-Za-z]/.test(toks[k + 1]!.text);
  while (j < l && j - i < max - 1 && (!punctAfter(j) || hyphen(j) || (marksOnly(j) && (inTerm(j) || inTerm(j + 1))))) {
    const n = toks[j + 1]!;
    // ("said a well-known lawyer", "editor-in-chief": across the hyphen, whatever the tagger made of the parts)
    if (hyphen(j) || (doc.gap(j + 1) === '-' && n.q < 0 && j + 2 <= l && hyphen(j + 1))) {
      j += hyphen(j) ? 1 : 2;
      continue;
    }
    if (n.q >= 0 && !inTerm(j + 1)) break;
    if (PHRASE_CONNECTORS.has(n.lower) && n.lower !== 'and') {
      if (j + 2 > l || punctAfter(j + 1) || !isNounish(toks[j + 2]!)) break;
      j += 2;
      continue;
    }
    // "said a source close to the probe": past 'close to' to its object
    if (toks[j]!.lower === 'close' && j > i && j + 2 <= l && closeTo(doc, j) && isNounish(toks[j + 2]!)) {
      j += 2;
      continue;
    }
    if (!isNounish(n) || has(n, 'Pronoun')) break;
    j++;
  }
  return [i, j];
}
/** Skip adverbials after a verb ("late on Wednesday", "in an interview"): the next index. */
function adverbialsEnd(doc: TokenDoc, k: number, l: number): number {
  const { toks, punctAfter } = doc;
  let guard = 0;
  while (k <= l && guard++ < 4) {
    const t = toks[k]!;
    if (has(t, 'Date') || TIME_WORDS.has(t.lower)) {
      k++;
      continue;
    }
    // "asked simply, “Who cares?”": a manner adverb set off before what was said
    if (has(t, 'Adverb') && !has(t, 'Verb', 'Noun') && t.q < 0 && k < l && (punctAfter(k) || toks[k + 1]!.q >= 0)) {
      k++;
      continue;
    }
    if (PP_STARTERS.has(t.lower) && k + 1 <= l) {
      let m = k + 1;
      // ("in a televised address", "at a White House press briefing": a participle or a noun the tagger
      // calls a verb, between the phrase's determiner and its noun)
      const inPhrase = (w: number) =>
        isNounish(toks[w]!) ||
        has(toks[w]!, 'Date') ||
        // "in his interview": a possessive pronoun opening the phrase
        (w === k + 1 && DETERMINERS.has(toks[w]!.lower)) ||
        (w > k + 1 &&
          w < l &&
          !punctAfter(w) &&
          (DETERMINERS.has(toks[w - 1]!.lower) || has(toks[w - 1]!, 'Adjective', 'Possessive')) &&
          isNounish(toks[w + 1]!) &&
          toks[w]!.q < 0) ||
        // "a press briefing on Monday": an -ing noun closing the phrase
        (w > k + 1 &&
          /ing$/.test(toks[w]!.lower) &&
          toks[w]!.q < 0 &&
          isNounish(toks[w - 1]!) &&
          (w === l || punctAfter(w) || has(toks[w + 1]!, 'Preposition')));
      while (m <= l && m - k <= 7 && inPhrase(m) && !punctAfter(m - 1)) m++;
      if (m === k + 1) break;
      k = m;
      continue;
    }
    break;
  }
  return k;
}
/** The first index at or after k of the phrase "in a statement" etc., if it starts at k; its end. */
function statementPhraseEnd(doc: TokenDoc, k: number, l: number): number {
  const { toks, punctAfter } = doc;
  if (k > l || !['in', 'via', 'through'].includes(toks[k]!.lower)) return -1;
  for (let m = k + 1; m <= Math.min(l, k + 4); m++) {
    if (STATEMENT_NOUNS.has(toks[m]!.lower)) {
      // "in an interview with The Associated Press"
      if (m < l && toks[m + 1]!.lower === 'with' && !punctAfter(m)) {
        const np = nounPhraseForward(doc, m + 2, MAX_RECIPIENT);
        if (np) return np[1];
      }
      return m;
    }
    if (!isNounish(toks[m]!)) return -1;
  }
  return -1;
}
/**
 * A cue whose subject follows a sentence-opening subordinator ("When Trump endorsed Cruz, Clinton laughed"): the
 * last token before the comma that hands over to the main clause (a noun phrase and its verb), or undefined
 * (content.fronted-clause).
 */
function frontedClauseEnd(doc: TokenDoc, cue: Cue, limit: number): number | undefined {
  const { toks, first, commaAfter } = doc;
  if (!cue.np) return undefined;
  const f = first(cue.v);
  const s = cue.np[0] - 1;
  if (s < f || toks[s]!.q >= 0 || !SUBORDINATORS.has(toks[s]!.lower)) return undefined;
  for (let m = f; m < s; m++) if (!SUBORDINATOR_OPENERS.has(toks[m]!.lower)) return undefined;
  for (let m = cue.e + 1; m < limit; m++) {
    if (!commaAfter(m) || toks[m + 1]!.q >= 0) continue;
    // "As Dr. Gupta noted at the time, the risk was moderate": no object before the comma; the main clause is
    // what was noted
    if (adverbialsEnd(doc, cue.e + 1, m) > m) return undefined;
    // "her rivals walked out": a possessive pronoun opens the main clause's subject
    const np = nounPhraseForward(doc, has(toks[m + 1]!, 'Possessive') && m + 2 < limit ? m + 2 : m + 1);
    if (!np || np[1] >= limit || doc.punctAfter(np[1])) continue;
    let w = np[1] + 1;
    if (has(toks[w]!, 'Adverb') && w < limit && !doc.punctAfter(w)) w++;
    if (has(toks[w]!, 'Verb') && !has(toks[w]!, 'Gerund') && toks[w]!.q < 0) return m;
  }
  return undefined;
}
/** Words of time that are phrases by themselves ("Monday", "last week", "earlier this month", "recently"). */
const TIME_NOUNS: ReadonlySet<string> = new Set(
  [...TIME_WORDS].filter((w) => !['earlier', 'later', 'recently', 'late', 'last', 'this'].includes(w)),
);
/** The phrase of time at token m ("Monday", "last week", "earlier this month", "recently"): its last token, or -1. */
function timeEnd(doc: TokenDoc, m: number, b: number): number {
  const { toks, punctAfter } = doc;
  const t = toks[m]!;
  const joined = (k: number) => k < b && !punctAfter(k);
  const timeWord = (w: Tok) => !has(w, 'Possessive') && (has(w, 'Date') || TIME_NOUNS.has(w.lower));
  // "the Sept. 11 attacks": inside a date, not at its start
  if (m > 0 && (has(toks[m - 1]!, 'Date', 'Value') || doc.gap(m - 1) === '-') && !punctAfter(m - 1)) return -1;
  let k: number;
  if (timeWord(t) || t.lower === 'recently') k = m;
  else if (['last', 'this', 'earlier', 'late', 'early'].includes(t.lower) && joined(m) && timeWord(toks[m + 1]!))
    k = m + 1;
  else return -1;
  // "Monday night", "earlier this month", "last week"
  while (joined(k) && k - m < 3 && (timeWord(toks[k + 1]!) || toks[k + 1]!.lower === 'this')) k++;
  return timeWord(toks[k]!) || toks[k]!.lower === 'recently' ? k : -1;
}
/** The phrase of time or occasion at token m ("at a rally", "on Twitter", "since the Monday debate"): its end or -1. */
function adjunctPhraseEnd(doc: TokenDoc, m: number, b: number): number {
  const { toks, punctAfter, gap } = doc;
  const t = toks[m]!;
  if (t.q >= 0) return -1;
  const time = timeEnd(doc, m, b);
  if (time >= 0) return time;
  if (!ADJUNCT_PREPOSITIONS.has(t.lower) || m >= b || punctAfter(m)) return -1;
  let found = false;
  let n = m + 1;
  for (; n <= b && n - m <= 7; n++) {
    const w = toks[n]!;
    // "in a series of tweets"
    if (w.lower === 'of' && n > m + 1 && n < b && !punctAfter(n)) continue;
    if (w.q >= 0 || !(isNounish(w) || has(w, 'Date'))) break;
    if (has(w, 'Date') || TIME_NOUNS.has(w.lower) || OCCASION_NOUNS.has(w.lower)) found = true;
    if (punctAfter(n) && gap(n) !== '-') {
      n++;
      break;
    }
  }
  return found && n - 1 > m ? n - 1 : -1;
}
/** An adverbial clause at token m ("after hackers targeted two states", "when he was governor"): true or false. */
function adverbialClauseAt(doc: TokenDoc, m: number, b: number): boolean {
  const { toks, punctAfter } = doc;
  if (m >= b || toks[m]!.q >= 0 || !TRAILING_SUBORDINATORS.has(toks[m]!.lower) || punctAfter(m)) return false;
  const np = nounPhraseForward(doc, m + 1);
  if (!np || np[1] >= b || punctAfter(np[1])) return false;
  const w = toks[np[1] + 1]!;
  return has(w, 'Verb') && !has(w, 'Gerund', 'Infinitive');
}
/**
 * A gerund phrase at token i that is the subject of the verb after it ("…, he said, replacing her would be
 * acrimonious"), not a participle of the speaker's ("…, he said, pointing to the map"): a finite verb within a
 * few words, before any comma or relative pronoun.
 */
function gerundSubject(doc: TokenDoc, i: number, limit: number): boolean {
  const { toks, punctAfter } = doc;
  if (!has(toks[i]!, 'Gerund')) return false;
  for (let m = i + 1; m <= limit && m - i <= 5; m++) {
    const w = toks[m]!;
    if (w.q >= 0 || NOT_NP.has(w.lower)) return false;
    if (has(w, 'Modal', 'Copula', 'PresentTense', 'PastTense') && !has(w, 'Noun', 'Gerund', 'Participle', 'Adjective'))
      return true;
    if (punctAfter(m)) return false;
  }
  return false;
}
/**
 * A quotation opening at token i in lower case ('In cases of abortion, it said, “the woman is a victim.”'): it
 * carries on the sentence before it rather than opening one of its own.
 */
function quoteContinues(doc: TokenDoc, i: number): boolean {
  const { toks, quotes } = doc;
  const t = toks[i]!;
  return (
    t.q >= 0 &&
    /^[a-z]/.test(t.text) &&
    t.start - quotes[t.q]!.open <= 2 &&
    (CLAUSE_CONTINUERS.has(t.lower) || !ADJUNCT_STARTERS.has(t.lower))
  );
}
/**
 * Where a reported noun phrase or infinitive (tokens a..b) ends before a trailing adjunct of time or occasion ("attacked
 * Machado in early-morning tweets", "endorsed Cruz last week"), one that runs to the content's end or to a comma or
 * another adjunct: the phrase's last token, or undefined (content.trailing-adjunct). A finite clause keeps its adjuncts
 * ("said the bridge would open on Monday"); an adjunct the phrase goes on after is inside it ("plans Friday for a
 * program").
 */
function trailingAdjunctEnd(doc: TokenDoc, a: number, b: number, clauses: boolean): number | undefined {
  const { toks, punctAfter, gap } = doc;
  const infinitive = toks[a]!.lower === 'to' && a < b && has(toks[a + 1]!, 'Verb');
  // "said he would visit on Monday", "said officials met on Monday": a clause keeps its adjuncts
  if (has(toks[a]!, 'Pronoun') && SUBJECT_PRONOUNS.has(toks[a]!.lower)) return undefined;
  if (!infinitive && has(toks[a]!, 'Verb')) return undefined;
  /** The adjuncts from m on run to b, or to a comma, or to an adverbial clause. */
  const closes = (m: number, depth = 0): boolean => {
    if (m > b) return true;
    if (adverbialClauseAt(doc, m, b)) return true;
    const x = adjunctPhraseEnd(doc, m, b);
    if (x < 0 || depth > 3) return false;
    return x >= b || doc.commaAfter(x) || closes(x + 1, depth + 1);
  };
  for (let m = a + 1; m <= b; m++) {
    const t = toks[m]!;
    const prev = toks[m - 1]!;
    if (has(t, 'Verb') && !(infinitive && m === a + 1)) return undefined;
    if (t.q >= 0 || gap(m - 1) === '-') continue;
    const attached =
      !punctAfter(m - 1) &&
      (has(prev, 'Determiner', 'Preposition', 'Possessive', 'Adjective', 'Value') || prev.lower === 'of');
    if (attached && !ADJUNCT_PREPOSITIONS.has(t.lower)) continue;
    if ((clauses && adverbialClauseAt(doc, m, b)) || (adjunctPhraseEnd(doc, m, b) >= 0 && closes(m))) return m - 1;
  }
  return undefined;
}
/**
 * A quotation before a backward cue that its sentence opens with prose ('The bill's failure was “heartbreaking,” she
 * said'): the first token of that prose, when the sentence (or the stretch after the previous cue in it) holds no other
 * cue and the prose reads as a clause; else undefined (content.quote-lead-in).
 */
function leadIn(doc: TokenDoc, cues: readonly Cue[], c: number, qi: number): number | undefined {
  const { toks, quotes, text, first, quoteEndsSentence } = doc;
  const q = quotes[qi]!;
  const i = doc.firstTokenAt(q.open);
  if (i <= 0) return undefined;
  const f = first(i);
  if (i <= f || toks[i]!.si !== toks[cues[c]!.v]!.si) return undefined;
  let a = f;
  for (let m = i - 1; m >= f; m--)
    if (quoteEndsSentence(m)) {
      a = m + 1;
      break;
    }
  for (let d = c - 1; d >= 0 && toks[cues[d]!.v]!.si === toks[i]!.si; d--) if (cues[d]!.e >= a) a = cues[d]!.e + 1;
  if (a >= i || /:\s*$/.test(text.slice(toks[i - 1]!.end, q.open))) return undefined;
  const prose = toks.slice(a, i).filter((t) => t.q < 0);
  if (prose.length < 2 || !prose.some((t) => has(t, 'Verb'))) return undefined;
  const lead = text.slice(toks[a]!.start, q.open);
  if (/[<>]/.test(lead)) return undefined;
  // a frame the quotation completes ("Ms. Lee is", "The bill's failure was"), not a sentence of its own before it
  // ("… was set to travel but “canceled the trip”": a clause and a conjunction are no frame)
  if (prose.length > MAX_LEAD_IN || ['but', 'and', 'or'].includes(toks[i - 1]!.lower)) return undefined;
  return a;
}
/** A dateline opening a line: "VIENNA —", "WASHINGTON (AP) —", "NEW DELHI, India -". */
const DATELINE =
  /^[A-Z][A-Z.'\u2019]+(?: [A-Z][A-Z.'\u2019]+)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?\s*(?:\([^()\n]{1,30}\)\s*)?[-\u2013\u2014]+\s+/;

function trimmedContent(doc: TokenDoc, a: number, b: number): [number, number] | undefined {
  const { toks, text } = doc;
  // "VIENNA — The house will be a police station, the minister said": the dateline is not what was said
  if (a <= b && (toks[a]!.start === 0 || text[toks[a]!.start - 1] === '\n')) {
    const m = DATELINE.exec(text.slice(toks[a]!.start, toks[a]!.start + 80));
    if (m) {
      const end = toks[a]!.start + m[0].length;
      while (a <= b && toks[a]!.start < end) a++;
    }
  }
  // "(the company called it “immaterial”) and Gannett laid off hundreds": a content that begins inside a
  // parenthesis ends with it; one that begins in a short label ("Rick Snyder (R) to resign") starts after it
  if (a <= b) {
    const before = text.slice(toks[doc.first(a)]!.start, toks[a]!.start);
    const open = before.lastIndexOf('(');
    const close = open > before.lastIndexOf(')') ? text.indexOf(')', toks[a]!.start) : -1;
    if (close >= 0) {
      let c = a;
      while (c <= b && toks[c]!.end <= close) c++;
      const label = before.slice(open + 1).trim() === '' && c - a <= 3 && !toks.slice(a, c).some((w) => has(w, 'Verb'));
      if (label) a = c;
      else b = c - 1;
    }
  }
  while (b >= a && TRAILING_JUNK.has(toks[b]!.lower)) b--;
  while (a <= b && toks[a]!.lower === 'that') a++;
  return a <= b ? [a, b] : undefined;
}

/** The head noun of a denial verb's object is something asked for: "rejected the defence's request". */
function refusedThing(doc: TokenDoc, cue: Cue): boolean {
  const { toks, last, punctAfter } = doc;
  const l = last(cue.e);
  for (let o = cue.e + 1; o <= l && o - cue.e <= 5 && !(o > cue.e + 1 && punctAfter(o - 1)); o++) {
    const w = toks[o]!;
    if (REQUESTS.has(w.lower)) return true;
    if (w.q >= 0 || !(DETERMINERS.has(w.lower) || has(w, 'Adjective', 'Possessive', 'Value'))) return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Vetoes (lib/rules/attribution/vetoes.ts): a reporting verb was found at token v, but its context says it
// reports nothing. Each returns the id of the veto rule that applies, or undefined.

/**
 * "Martin wrote A Song of Ice and Fire", "it posted a video", "asked a question about the plan": a verb of saying
 * with a bare object and no words it carries (no clause, quotation, colon, question word or "to" and a verb) up to
 * its clause's end. Only where the verb opens its sentence's reading forward: '"…," Smith told reporters' and
 * "The plan is dead, Smith told reporters" carry their words before it.
 */
function sayingAct(doc: TokenDoc, v: number): boolean {
  // ("asked the court to intervene": a lower-case word after "to" that no determiner or pronoun opens is a verb)
  const infinitive = (t: Tok | undefined) =>
    !!t && /^[a-z]/.test(t.text) && !DETERMINERS.has(t.lower) && !has(t, 'Possessive', 'Pronoun', 'Value', 'Date');
  const { toks, punctAfter, gap } = doc;
  const f = doc.first(v);
  const l = doc.last(v);
  const next = v < l ? toks[v + 1]! : undefined;
  // ("Obama Says African-Americans …": a title-case headline's words are not tagged as prose)
  if (!next || punctAfter(v) || next.q >= 0 || /^\p{Lu}/u.test(toks[v]!.text) || /ing$/.test(toks[v]!.lower))
    return false;
  if (!(DETERMINERS.has(next.lower) || has(next, 'Possessive', 'Adjective', 'Noun', 'ProperNoun', 'Pronoun')))
    return false;
  if (has(next, 'Date', 'Value') || /^(yes|no|so|how|what|why|when|where|who|whether|if)$/.test(next.lower))
    return false;
  for (let k = f; k < v; k++) if (toks[k]!.q >= 0 || punctAfter(k)) return false;
  // (the words may run past commas, "said the USS Sampson, a destroyer, would be …"; a subordinate clause ends
  // at its comma: "Over a decade before Martin wrote A Song of Ice and Fire, Ford created …")
  // ("As Clinton told the Daily News, tax relief is …": an "as" clause is the source of the words after its comma)
  const subordinate = toks.slice(f, v).some((w) => SUBORDINATORS.has(w.lower) && w.lower !== 'as');
  for (let o = v + 1; o <= l; o++) {
    const w = toks[o]!;
    if (w.q >= 0 || /^(that|if|whether|what|why|how|who|when|where)$/.test(w.lower)) return false;
    if (/:/.test(gap(o))) return false;
    // (a finite verb or "to" and a verb carries words; a participle after the object describes it: "posted a
    // series of tweets supporting Johnson")
    // ("told the AP his firm worked closely": a past form the tagger took for a noun, after no determiner)
    const prevWord = toks[o - 1]!;
    const finite =
      has(w, 'Modal', 'Copula', 'Auxiliary') ||
      (has(w, 'Verb') && !has(w, 'Gerund', 'Noun', 'Adjective')) ||
      (/^[a-z]+ed$/.test(w.text) && !DETERMINERS.has(prevWord.lower) && !has(prevWord, 'Possessive', 'Preposition'));
    if (o > v + 1 && (finite || (w.lower === 'to' && infinitive(toks[o + 1])))) return false;
    if (/[;\u2014\u2013]/.test(gap(o)) || (subordinate && /,/.test(gap(o)))) break;
  }
  return true;
}

/**
 * The vetoes that read a reporting verb's sense from what follows it: an act by its object ("declared martial
 * law", "seeking a death sentence"), a fall ("oil prices also declined"), a matter passed on ("referred the call
 * to the police").
 */
function objectSenseVeto(
  doc: TokenDoc,
  v: number,
  verb: CueVerb,
  mentionAt: (start: number, end: number) => Mention | undefined,
): string | undefined {
  const { toks, punctAfter } = doc;
  const t = toks[v]!;
  const f = doc.first(v);
  const l = doc.last(v);
  const next = v < l ? toks[v + 1] : undefined;
  // "the jobs machine it thinks it is, when …": a clause with a gap, in a relative clause, says nothing
  const second = v + 2 <= l ? toks[v + 2] : undefined;
  if (
    next &&
    second &&
    has(next, 'Pronoun') &&
    !punctAfter(v) &&
    has(second, 'Copula', 'Auxiliary') &&
    second.text !== '' &&
    (v + 2 === l || /^[^\S\n]*[,.;:!?]/.test(doc.gap(v + 2)))
  )
    return 'veto.gapped-clause';
  // "declared martial law", "concluded its third public hearing", "claimed victory", "denied him a hearing":
  // an act, not a message ("claiming a victory of sorts" stays a claim; "seeking a death sentence" does not)
  const acts = ACT_OBJECTS[verb.lemma];
  if (acts && (verb.lemma === 'seek' || !/ing$/.test(t.lower))) {
    for (let o = v + 1; o <= l && o - v <= 5 && !punctAfter(o - 1); o++) {
      const w = toks[o]!;
      if (acts.has(w.lower)) return 'veto.act-object';
      // ("denied him a hearing": a personal pronoun before the thing refused)
      const recipient = o === v + 1 && /^(him|her|them|me|us)$/.test(w.lower);
      // a noun modifies the head after it ("a death sentence", "its impeachment hearings")
      const modifier = has(w, 'Noun') && !has(w, 'Pronoun') && o < l && has(toks[o + 1]!, 'Noun') && !punctAfter(o);
      if (
        w.q >= 0 ||
        w.lower === 'that' ||
        !(recipient || DETERMINERS.has(w.lower) || modifier || has(w, 'Adjective', 'Possessive', 'Value'))
      )
        break;
    }
  }
  // "defended himself by arguing that …": the words come with the -ing verb after "by", which reports them
  if (
    next &&
    /^(?:himself|herself|themselves|itself)$/.test(next.lower) &&
    toks[v + 2]?.lower === 'by' &&
    !punctAfter(v + 1)
  )
    return 'veto.act-object';
  // "oil prices also declined", "shares declined by 3%": a fall, not a refusal; "Smith declined", "a spokesman
  // declined" keep it (the subject word is read by its case: compromise tags "prices" a verb)
  if (
    verb.lemma === 'decline' &&
    (!next || punctAfter(v) || /^(by|from|in|over|sharply|slightly|further)$/.test(next.lower) || has(next, 'Value'))
  ) {
    let sj = v - 1;
    while (sj > f && has(toks[sj]!, 'Adverb') && !punctAfter(sj - 1)) sj--;
    const s = toks[sj];
    if (
      s &&
      sj >= f &&
      !punctAfter(sj) &&
      /^[a-z]/.test(s.text) &&
      !has(s, 'Pronoun') &&
      !ROLE_NOUNS[s.lower] &&
      !ROLE_NOUNS[s.lower.replace(/s$/, '')] &&
      !mentionAt(s.start, s.end)
    )
      return 'veto.decline-in-value';
  }
  // "referred the call to the police", "referred the case to prosecutors": a matter passed on, not a mention
  if (verb.lemma === 'refer' && next && DETERMINERS.has(next.lower) && !punctAfter(v)) {
    for (let o = v + 2; o <= l && o - v <= 4 && !punctAfter(o - 1); o++)
      if (toks[o]!.lower === 'to') return 'veto.refer-a-matter';
  }
  return undefined;
}

/**
 * Stage 2 (veto.continue-to-act, veto.add-a-thing): a verb of speech used for doing something. "the government
 * continued to commit abuses" goes on doing it ("continued to say", "continued to insist" go on with a remark);
 * "The company added about 80 jobs to its payroll" adds a quantity, with no verb up to the comma ("added 20
 * people were hurt" reports).
 */
function doingVeto(doc: TokenDoc, v: number, verb: CueVerb): string | undefined {
  const { toks, punctAfter } = doc;
  const next = v < doc.last(v) ? toks[v + 1] : undefined;
  if (!next || punctAfter(v)) return undefined;
  if (verb.lemma === 'continue' && next.lower === 'to') {
    const act = toks[v + 2];
    return act && !cueVerb(act.lower) ? 'veto.continue-to-act' : undefined;
  }
  // "declined to renew the offer", "refused to drop the gun": an act refused, nothing said or withheld
  // ("declined to comment", "refused to say", "declined to name them", "refused to condemn", "declined to be
  // interviewed" withhold a statement or a stance)
  if (REFUSAL_VERBS.has(verb.lemma) && next.lower === 'to') {
    let a = v + 2;
    while (a < doc.last(v) && has(toks[a]!, 'Adverb') && /ly$/.test(toks[a]!.lower)) a++;
    const act = toks[a];
    if (!act) return undefined;
    const withheld =
      WITHHELD_SPEECH.has(act.lower) ||
      cueVerb(act.lower) !== undefined ||
      (act.lower === 'be' && /^(interviewed|quoted|named|identified)$/.test(toks[a + 1]?.lower ?? ''));
    return withheld ? undefined : 'veto.refuse-to-act';
  }
  const prev = v > doc.first(v) ? toks[v - 1] : undefined;
  if (verb.lemma !== 'add' || (prev && (prev.q >= 0 || punctAfter(v - 1)))) return undefined;
  let q = v + 1;
  while (q < v + 3 && /^(about|nearly|roughly|some|almost|over|more|than|another|an|a)$/.test(toks[q]?.lower ?? ''))
    q++;
  let end = q;
  while (end < doc.last(v) && !punctAfter(end)) end++;
  const finite = toks
    .slice(q, end + 1)
    .some((w) => w.q >= 0 || (has(w, 'Verb') && !has(w, 'Gerund', 'Noun', 'Adjective')));
  return toks[q] && has(toks[q]!, 'Value') && toks[q]!.si === toks[v]!.si && !finite ? 'veto.add-a-thing' : undefined;
}

/** Word-specific exceptions: "attacked bars", "spoke Monday", "a band called X", "found a way", "added to". */
/**
 * "would have said", "could have shown", "should have told him": what someone would have said is not what they
 * said (veto.counterfactual). "may have said", "might have told" stay: a hedged report of something said.
 */
function counterfactual(doc: TokenDoc, v: number): boolean {
  const { toks, first, punctAfter } = doc;
  let b = v - 1;
  while (b >= first(v) && v - b <= 3 && !punctAfter(b) && has(toks[b]!, 'Adverb') && !NEGATIONS.has(toks[b]!.lower))
    b--;
  if (b < first(v) || punctAfter(b) || !/^(have|['\u2019]ve)$/.test(toks[b]!.lower)) return false;
  let m = b - 1;
  // "would not have said", "could then have told", "would Adam Schiff have pleaded"
  while (m >= first(v) && b - m <= 4 && !punctAfter(m) && !/^(would|could|should)$/.test(toks[m]!.lower)) m--;
  return m >= first(v) && /^(would|could|should)$/.test(toks[m]!.lower) && !punctAfter(m);
}

function lexicalVeto(
  doc: TokenDoc,
  v: number,
  verb: CueVerb,
  mentionAt: (start: number, end: number) => Mention | undefined,
): string | undefined {
  const { text, toks, gap, punctAfter } = doc;
  const t = toks[v]!;
  const f = doc.first(v);
  const l = doc.last(v);
  const prev = v > f ? toks[v - 1] : undefined;
  const next = v < l ? toks[v + 1] : undefined;
  // markup left in the text ("<tweet id=...>") is not a verb
  if (/[<>/]/.test(text[t.start - 1] ?? '') || text[t.end] === '>') return 'veto.markup';
  if (counterfactual(doc, v)) return 'veto.counterfactual';
  // "attacked Clinton" is a cue, "attacked bars" is not: the object must be a person or a name
  // ("Trump attacked loopholes", "she attacked law enforcement officers": a person attacking speaks)
  if (verb.lemma === 'attack') {
    let sj = v - 1;
    while (sj > f && isVerbPrefix(toks[sj]!) && !punctAfter(sj - 1)) sj--;
    const personSubject =
      sj >= f &&
      !punctAfter(sj) &&
      (has(toks[sj]!, 'Person') ||
        PERSON_PRONOUNS.has(toks[sj]!.lower) ||
        mentionAt(toks[sj]!.start, toks[sj]!.end)?.actor.kind === 'person');
    const personObject =
      !!next && (has(next, 'Person', 'ProperNoun', 'Possessive') || /^(him|her|them|his|their)$/.test(next.lower));
    if (!personSubject && !personObject) return 'veto.attack-a-thing';
  }
  // "The thaw worried Tasos Georgelis": what worries a person is no one speaking ("officials worried that …" is)
  // ("he worries Sanders would lose": the name opens the clause worried about)
  if (verb.lemma === 'worry' && next && !punctAfter(v)) {
    const object = nounPhraseForward(doc, v + 1);
    const after = object && object[1] < l && !punctAfter(object[1]) ? toks[object[1] + 1] : undefined;
    const person =
      /^(him|her|them|me|us)$/.test(next.lower) || has(next, 'Person') || mentionAt(next.start, next.end) !== undefined;
    if (person && !(after && has(after, 'Verb', 'Modal', 'Auxiliary', 'Copula'))) return 'veto.worried-someone';
  }
  // "pleaded guilty", "pleaded not guilty", "pleads no contest": a plea entered in court, not a statement reported
  if (
    verb.lemma === 'plead' &&
    next &&
    PLEAS.has(next.lower === 'not' || next.lower === 'no' ? `${next.lower} ${toks[v + 2]?.lower}` : next.lower)
  )
    return 'veto.legal-plea';
  // "found Roof guilty on all counts", "was found not guilty": a verdict, not a finding reported
  if (verb.lemma === 'find') {
    for (let o = v + 1; o <= l && o - v <= 5 && !punctAfter(o - 1); o++) {
      const w = toks[o]!.lower;
      if (VERDICTS.has(w) || (w === 'not' && VERDICTS.has(toks[o + 1]?.lower ?? ''))) return 'veto.verdict';
      if (w === 'that' || has(toks[o]!, 'Verb')) break;
    }
  }
  const sense = objectSenseVeto(doc, v, verb, mentionAt);
  if (sense) return sense;
  if (SAYING_ACTS.has(verb.lemma) && sayingAct(doc, v)) return 'veto.saying-act';
  // "reported for duty", "reported to work": turned up, not reported anything
  if (verb.lemma === 'report' && next && /^(for|to)$/.test(next.lower) && DUTY.has(toks[v + 2]?.lower ?? ''))
    return 'veto.report-for-duty';
  // "spoke about", "spoke out against" are cues; "spoke to the crowd", "spoke Monday" are not (PolNeAR train)
  if (verb.lemma === 'speak' && !(next && /^(about|out|of|against|up|highly|favorably|glowingly)$/.test(next.lower)))
    return 'veto.speak-without-topic';
  // "an ad titled “Scam”", "a memoir entitled …": a title given, never a statement
  if (/^(titled|entitled)$/.test(t.lower)) return 'veto.called-a-name';
  // "a band called Sophistafunk", "lakes of a hydrocarbon called methane", "fear the disease dubbed the Black
  // Death": a name given, not a stance
  if (
    /^(called|dubbed|nicknamed)$/.test(t.lower) &&
    prev &&
    !punctAfter(v - 1) &&
    /^[a-z]/.test(prev.text) &&
    has(prev, 'Noun') &&
    !has(prev, 'Pronoun') &&
    next &&
    (/^[A-Z]/.test(next.text) ||
      (next.lower === 'the' && /^[A-Z]/.test(toks[v + 2]?.text ?? '')) ||
      (!has(next, 'Preposition') && objectPhraseBefore(doc, v - 1)))
  )
    return 'veto.called-a-name';
  // "in a box labeled “medical problem,”", "a drug dubbed "safe"": a thing named by a short quoted label, inside
  // a sentence (not "The agency labeled …" opening it)
  if (/^(called|dubbed|nicknamed|labeled|labelled|branded)$/.test(t.lower) && prev && next && next.q >= 0) {
    const q = doc.quotes[next.q]!;
    const label = doc.text.slice(q.open + 1, q.close).replace(/[,.]$/, '');
    let d = v - 1;
    while (d > f && v - d <= 3 && !DETERMINERS.has(toks[d]!.lower) && has(toks[d]!, 'Noun', 'Adjective')) d--;
    const thing =
      /^[a-z]/.test(prev.text) &&
      has(prev, 'Noun') &&
      !has(prev, 'Pronoun') &&
      !punctAfter(v - 1) &&
      d > f &&
      DETERMINERS.has(toks[d]!.lower);
    if (thing && !/[.!?]/.test(label) && label.split(/\s+/).length <= 4) return 'veto.called-a-name';
  }
  // "called into the show", "called back", "called an emergency meeting": a telephone or a summons
  if (verb.lemma === 'call' && next) {
    if (/^(in|into|back|around)$/.test(next.lower)) return 'veto.call-telephone';
    // an indefinite object ("called a vote", "called an emergency meeting"), not "called her vote a mistake"
    let summoned = false;
    if (/^(a|an)$/.test(next.lower) || SUMMONED.has(next.lower.replace(/s$/, '')))
      for (let o = v + 1; o <= l && o - v <= 4; o++) {
        if (SUMMONED.has(toks[o]!.lower.replace(/s$/, ''))) summoned = true;
        if (summoned || punctAfter(o)) break;
      }
    if (summoned) return 'veto.call-summons';
  }
  // "has found itself at the center", "found ways to press his agenda", "found a way to": a way or a place
  // found, not a finding (PolNeAR train: 0 of 19 such uses marked); "found a link between" stays a finding
  if (
    verb.lemma === 'find' &&
    next &&
    !punctAfter(v) &&
    (/^(itself|himself|herself|themselves|ourselves|myself|yourself|ways)$/.test(next.lower) ||
      (/^(a|no)$/.test(next.lower) && toks[v + 2]?.lower === 'way'))
  )
    return 'veto.found-a-way';
  // "who added to her delegate lead", "has added another facet to his job", "Twitter added over the quarter":
  // adding a thing, not a remark (PolNeAR train: 1 of 13); not "“…,” Trump added to People", "“…,” added
  // another Democrat" after a quotation
  if (
    verb.lemma === 'add' &&
    next &&
    !punctAfter(v) &&
    /^(to|over|another)$/.test(next.lower) &&
    !(prev && (prev.q >= 0 || punctAfter(v - 1))) &&
    !(next.lower === 'to' && /^[A-Z]/.test(toks[v + 2]?.text ?? ''))
  )
    return 'veto.add-a-thing';
  const doing = doingVeto(doc, v, verb);
  if (doing) return doing;
  // "(Additional reporting by …; Writing by …; Editing by …)": the newsroom's credit line, not a source
  if (
    /ing$/.test(t.lower) &&
    next?.lower === 'by' &&
    /^[A-Z]/.test(toks[v + 2]?.text ?? '') &&
    (v === 0 || /[(;\n]/.test(gap(v - 1)) || toks[v - 1]!.lower === 'additional')
  )
    return 'veto.credit-line';
  // "Lerer reported from Los Angeles", "reports live from the field": a reporter's byline, not a source
  // (PolNeAR train: 0 of 10)
  if (verb.lemma === 'report' && next && /^(from|live)$/.test(next.lower) && !punctAfter(v))
    return 'veto.reporter-byline';
  // "militants known as Salafists": a name, not a belief
  if (next?.lower === 'as' && verb.lemma === 'know') return 'veto.known-as';
  // idioms of the writer's own voice: "it goes without saying", "having said that", "that said", "needless to say"
  if (
    verb.lemma === 'say' &&
    ((prev?.lower === 'without' && toks[v - 2]?.lower.startsWith('go')) ||
      (prev?.lower === 'having' && next?.lower === 'that') ||
      (prev?.lower === 'that' && punctAfter(v) && v - 1 === f) ||
      (prev?.lower === 'to' && toks[v - 2]?.lower === 'needless'))
  )
    return 'veto.writer-idiom';
  // "(WARNING: Video contains …)", "Developing:": a notice before a colon, not a verb
  if (/^\s*:/.test(gap(v)) && v === f) return 'veto.notice-colon';
  return undefined;
}

/** "went on to say", "goes on to argue": token v comes two words after a form of "go" and "on", in its sentence. */
function afterGoOn(doc: TokenDoc, v: number): boolean {
  const { toks } = doc;
  return v - 3 >= doc.first(v) && toks[v - 2]!.lower === 'on' && /^(go|goes|going|went|gone)$/.test(toks[v - 3]!.lower);
}

/**
 * "had caused chaos and fear in the country": a bare form after "and" and a noun, before a preposition or
 * punctuation, where the clause's verb is in the past, is the second noun of a pair (a verb joined to a past one
 * would be past too: "caused chaos and feared …").
 */
function bareNounAfterAnd(doc: TokenDoc, v: number, baseForm: boolean): boolean {
  const { toks, punctAfter } = doc;
  const t = toks[v]!;
  if (!baseForm || has(t, 'PastTense') || v - 2 < doc.first(v) || toks[v - 1]!.lower !== 'and' || punctAfter(v - 1))
    return false;
  const before = toks[v - 2]!;
  if (!has(before, 'Noun') || has(before, 'Pronoun') || punctAfter(v - 2)) return false;
  // ("lost power and fear more storms": an object after it makes it a verb)
  const next = toks[v + 1];
  if (!punctAfter(v) && next && !(has(next, 'Preposition') && next.lower !== 'that')) return false;
  for (let m = v - 3; m >= doc.first(v) && !punctAfter(m); m--) {
    const w = toks[m]!;
    if (has(w, 'Verb') && !has(w, 'Noun', 'Gerund', 'Participle', 'Auxiliary', 'Modal', 'Copula'))
      return has(w, 'PastTense');
  }
  return false;
}

/**
 * The noun phrase ending at token j is an object inside a clause whose verb came before: a preposition or a verb
 * stands before the phrase ("has lakes of a hydrocarbon").
 */
function objectPhraseBefore(doc: TokenDoc, j: number): boolean {
  const { toks, punctAfter } = doc;
  const f = doc.first(j);
  let i = j;
  while (
    i > f &&
    !punctAfter(i - 1) &&
    has(toks[i - 1]!, 'Adjective', 'Determiner', 'Noun') &&
    !has(toks[i - 1]!, 'Pronoun')
  )
    i--;
  const before = i > f && !punctAfter(i - 1) ? toks[i - 1] : undefined;
  if (!before || !has(before, 'Preposition', 'Verb') || has(before, 'Copula', 'Auxiliary')) return false;
  // (the clause has its verb already: "Titan has lakes of a hydrocarbon called …", not "Critics of the plan called
  // it …")
  for (let m = i - 1; m >= f && !punctAfter(m); m--) {
    const w = toks[m]!;
    // (a subordinate clause opens a clause of its own: "when the businessman turned politician called …")
    if (/^(when|as|while|because|if|after|before|that|who|which|since|until)$/.test(w.lower)) return false;
    if (finiteWord(w)) return true;
  }
  return false;
}

/** Readings that are not a reporting verb: an infinitive ("hard to say"), a noun ("the reports", "reports of"). */
function nounReadingVeto(
  doc: TokenDoc,
  v: number,
  verb: CueVerb,
  docShows: boolean,
  evidenceAt: number,
): string | undefined {
  const { toks, gap, punctAfter } = doc;
  const t = toks[v]!;
  const f = doc.first(v);
  const l = doc.last(v);
  const prev = v > f ? toks[v - 1] : undefined;
  const next = v < l ? toks[v + 1] : undefined;
  const baseForm = t.lower === verb.lemma;
  // "to say" is mostly not a report ("hard to say", "the right to say"), but "went on to say" is
  const wentOn = afterGoOn(doc, v);
  if (baseForm && prev?.lower === 'to' && !(wentOn && verb.cls === 'speech')) return 'veto.to-infinitive';
  // nouns: "the reports", "his claims", "a warning", "reports of"
  // ("The firm said": compromise tags "firm" an adjective, but "said" cannot be a noun)
  const pastOnly =
    has(t, 'PastTense') &&
    !has(t, 'Noun') &&
    !!prev &&
    /^[a-z]/.test(prev.text) &&
    v - 2 >= f &&
    DETERMINERS.has(toks[v - 2]!.lower);
  // "Jolly said he would", "Rep. Frazier said the": a capitalised word before a verb that cannot be a noun is its
  // subject, whatever the tagger calls it (not "Recent reported cases": a participle before a noun describes it)
  const namedSubject =
    has(t, 'PastTense') &&
    !has(t, 'Noun') &&
    !!prev &&
    /^[A-Z]/.test(prev.text) &&
    !DETERMINERS.has(prev.lower) &&
    !has(prev, 'Possessive') &&
    !(next && has(next, 'Noun') && !has(next, 'Pronoun', 'Possessive') && !punctAfter(v));
  if (
    prev &&
    !namedSubject &&
    (DETERMINERS.has(prev.lower) || has(prev, 'Possessive', 'Adjective')) &&
    !punctAfter(v - 1) &&
    !(pastOnly && has(prev, 'Adjective') && !DETERMINERS.has(prev.lower)) &&
    // "Shelby later said", "had long argued": compromise tags these adverbs as adjectives
    // (not "A few minutes later said": a time phrase, no subject)
    !(
      VERB_PREFIX.has(prev.lower) &&
      !DETERMINERS.has(prev.lower) &&
      v - 1 > f &&
      !DETERMINERS.has(toks[v - 2]!.lower) &&
      !has(toks[v - 2]!, 'Date', 'Value')
    ) &&
    // "Most said", "but many believe": a quantifier is the subject of a verb that cannot be a noun
    !(QUANTIFIER_SUBJECTS.has(prev.lower) && has(t, 'Verb') && !has(t, 'Noun'))
  )
    return 'veto.noun-after-determiner';
  // "some reports", "many claims": a quantifier before a noun reading
  if (prev && QUANTIFIER_SUBJECTS.has(prev.lower) && has(t, 'Noun') && !punctAfter(v - 1))
    return 'veto.quantifier-noun';
  if (has(t, 'Noun') && !has(t, 'Verb') && (next?.lower === 'of' || next?.lower === 'about')) return 'veto.noun-of';
  if (bareNounAfterAnd(doc, v, baseForm)) return 'veto.noun-after-and';
  // "voters saying they …": an -ing form with a clause after it is a verb, whatever the tagger says
  const clauseNext =
    t.lower.endsWith('ing') &&
    !!next &&
    ((!punctAfter(v) && (SUBJECT_PRONOUNS.has(next.lower) || next.lower === 'that')) ||
      (next.q >= 0 && /^\s*["\u201C]\s*$/.test(gap(v))));
  // "a Quinnipiac University poll shows", "recent polling shows that": compromise reads "shows" as a plural
  // noun; after a poll, a study or a report it is the verb
  const docVerb = verb.cls === 'evidence' && (docShows || (/s$/.test(t.lower) && evidenceAt >= 0));
  // "24,942 confirmed cases", "the total confirmed cases are": a participle between a number or a total and a
  // bare plural describes the plural ("Officials confirmed cases were rising" keeps its subject)
  if (
    has(t, 'PastTense') &&
    next &&
    !punctAfter(v) &&
    has(next, 'Plural') &&
    !has(next, 'Pronoun', 'Determiner') &&
    prev &&
    !punctAfter(v - 1) &&
    (has(prev, 'Value') || /^(total|number)$/.test(prev.lower))
  )
    return 'veto.participle-adjective';
  // "the Chelsea blast erupted": a base form after a singular noun and right before a finite past-tense verb is
  // that verb's subject noun ("which they say left", "critics say was" and "Carson says led" agree: verbs)
  if (
    baseForm &&
    !has(t, 'PastTense', 'Gerund') &&
    prev &&
    !punctAfter(v - 1) &&
    has(prev, 'Noun', 'ProperNoun') &&
    !has(prev, 'Plural', 'Pronoun') &&
    next &&
    !punctAfter(v) &&
    next.q < 0 &&
    has(next, 'PastTense') &&
    !has(next, 'Participle', 'Noun', 'Adjective') &&
    !cueVerb(next.lower)
  )
    return 'veto.noun-before-verb';
  // "the Council on Energy, Environment and Water think tank told": a base form after a singular noun or an article
  // cannot agree with it as a verb; before a common noun it opens a compound ("think tank")
  if (
    baseForm &&
    !has(t, 'PastTense', 'Gerund') &&
    prev &&
    !punctAfter(v - 1) &&
    // (a word in -s is a plural whatever its tag: "Democrats say movement …", "the statistics show part of …")
    (DETERMINERS.has(prev.lower) ||
      (has(prev, 'Noun', 'ProperNoun') && !has(prev, 'Plural', 'Pronoun') && !/s$/i.test(prev.text))) &&
    !punctAfter(v) &&
    compoundHead(next)
  )
    return 'veto.noun-before-verb';
  // "observers around the country say": "say" is a noun only after a determiner ("a say", "the final say")
  if (
    has(t, 'Noun') &&
    !has(t, 'Verb') &&
    prev &&
    has(prev, 'Noun') &&
    !punctAfter(v - 1) &&
    !clauseNext &&
    !docVerb &&
    t.lower !== 'say' &&
    !afterQuoteAndSubject(doc, v)
  )
    return 'veto.noun-compound';
  return undefined;
}

/**
 * '“Why didn't he pay?” a narrator in the ad asks.': a quotation, its speaker's noun phrase, and the word
 * closing the sentence or clause. There the word is the reporting verb, whatever the tagger made of it.
 */
function afterQuoteAndSubject(doc: TokenDoc, v: number): boolean {
  const { toks, first, last, punctAfter } = doc;
  if (v < last(v) && !punctAfter(v)) return false;
  const np = nounPhraseBack(doc, v - 1);
  return !!np && np[0] > first(v) && toks[np[0] - 1]!.q >= 0 && np[1] - np[0] < 8;
}

// ---------------------------------------------------------------------------------------------------
// Speakers (stage 3): who a cue's noun phrase, pronoun, surname or role noun stands for

/** An attribution while the stage builds it: its sentence, the speaker's kind, and where its clause ends. */
type WorkingAttribution = Attribution & { si: number; kind?: ActorKind; named: boolean; clauseEnd: number };

/** A reporting phrase found by pass 1: its tokens, its verb, its subject, and how pass 2 reads its content. */
interface Cue {
  k: number; // first token of the verb (or phrase)
  v: number; // the verb token
  e: number; // last token of the cue span (recipient, "in a statement" included)
  verb?: CueVerb;
  np?: [number, number];
  mode: 'forward' | 'backward' | 'participle' | 'according' | 'citing' | 'none';
  alsoForward?: boolean;
  /** An -ing verb of speech after "by" ("responded by saying"): the words the verb before it came with. */
  byWords?: true;
  /** The cue rule that found it (lib/rules/attribution/cues.ts). */
  rule?: string;
}

/** Records a statement (findAttributions' push): its rule, speaker, content, cue, sentence, clause end, act. */
type Push = (
  rule: string,
  who: SpeakerInfo | undefined,
  content: Span | undefined,
  direct: boolean,
  cue: Span | undefined,
  si: number,
  clauseEnd: number,
  act?: { act: AttributionAct; negated: boolean },
) => void;

/** Prepositions that open a label's topic in a title-case headline: "CNN President On Trump:". */
const LABEL_TOPIC_WORDS: ReadonlySet<string> = new Set([
  'On',
  'About',
  'Over',
  'To',
  'For',
  'After',
  'With',
  'Against',
]);

/** A "NAME: words" turn: the name's tokens, the colon, the content's tokens. */
interface ColonSpeaker {
  np: [number, number];
  colon: Span;
  content: [number, number];
}

/**
 * What speaker resolution reads in one text: the token document, the actors' mentions in text order and
 * what is known of each actor. `attributions` (the statements found so far) and `colonSpeakers` (the
 * transcript turns, found after pass 1) are read live, to follow a speaker from one statement to the next.
 */
interface SpeakerContext {
  doc: TokenDoc;
  attributions: readonly WorkingAttribution[];
  colonSpeakers: readonly ColonSpeaker[];
  /** The actors' mentions in text order. */
  mentions: Mention[];
  /** People by the last word of their name, for surnames the actor list missed as mentions. */
  bySurname: Map<string, Actor>;
  actorByName: Map<string, Actor>;
  /** A person's gender from a first name compromise knows or an honorific ("Mr.", "Ms."); null when both occur. */
  genderOf: Map<Actor, Gender | null>;
  /** isPlaceLike's answers, per actor. */
  placeLike: Map<Actor, boolean>;
  /** roleOf's answers, per actor. */
  roles: Map<Actor, string | null>;
}

/** The speaker resolution of one text: its actors' mentions sorted, surnames and genders read once. */
function speakerContext(
  doc: TokenDoc,
  actors: Actor[],
  attributions: readonly WorkingAttribution[],
  colonSpeakers: readonly ColonSpeaker[],
): SpeakerContext {
  const mentions: Mention[] = [];
  for (const a of actors) for (const m of a.mentions) mentions.push({ start: m.start, end: m.end, actor: a });
  mentions.sort((a, b) => a.start - b.start);
  const bySurname = new Map<string, Actor>();
  for (const a of actors) {
    const sp = a.name.lastIndexOf(' ');
    if (a.kind === 'person' && sp > 0 && !bySurname.has(a.name.slice(sp + 1))) bySurname.set(a.name.slice(sp + 1), a);
  }
  return {
    doc,
    attributions,
    colonSpeakers,
    mentions,
    bySurname,
    actorByName: new Map(actors.map((a) => [a.name, a] as const)),
    genderOf: mentionGenders(doc, mentions),
    placeLike: new Map(),
    roles: new Map(),
  };
}

/** Each person's gender from the first names and honorifics of their mentions; null when both occur. */
function mentionGenders(doc: TokenDoc, mentions: readonly Mention[]): Map<Actor, Gender | null> {
  const { toks, firstTokenAt } = doc;
  const genderOf = new Map<Actor, Gender | null>();
  for (const m of mentions) {
    if (m.actor.kind !== 'person') continue;
    const i = firstTokenAt(m.start);
    if (i < 0) continue;
    const found = new Set<Gender>();
    // the honorific is the word before the mention, or its first word ("Mr. Reeves"); it outranks what a surname
    // suggests as a first name ("Mr Addison": "Addison" is a woman's name in the tagger's lexicon)
    for (const k of [i - 1, i]) {
      const g = k >= 0 ? HONORIFIC_GENDER[toks[k]!.lower.replace(/\.$/, '')] : undefined;
      if (g && toks[k]!.end <= m.end && m.start - toks[k]!.end <= 2) found.add(g);
    }
    if (found.size === 0)
      for (let k = i; k < toks.length && toks[k]!.start < m.end; k++) {
        if (has(toks[k]!, 'MaleName')) found.add('male');
        if (has(toks[k]!, 'FemaleName')) found.add('female');
      }
    // a given name the tagger does not know opens a full name: "Virginia Giuffre", "Patsy Brown" (the name lists)
    if (found.size === 0 && toks[i + 1] && toks[i + 1]!.start < m.end) {
      const g = givenNameGender(toks[i]!.lower);
      if (g) found.add(g);
    }
    if (found.size === 0) continue;
    const before = genderOf.get(m.actor);
    const g = found.size > 1 ? null : [...found][0]!;
    genderOf.set(m.actor, before === undefined || before === g ? g : null);
  }
  // what the text says outranks what the name suggests ("Ilhan" is a man's name in the tagger's lexicon)
  for (const [actor, g] of pronounGenders(doc, mentions)) genderOf.set(actor, g);
  return genderOf;
}

/**
 * The tokens of a noun phrase set off by commas right after a mention ("Mark Addison, then her secretary, said"), if
 * any; not a relative clause.
 */
function appositionAfter(doc: TokenDoc, m: Mention): [number, number] | undefined {
  const { toks, commaAfter } = doc;
  let e = doc.firstTokenAt(m.start);
  while (e + 1 < toks.length && toks[e + 1]!.start < m.end) e++;
  // ("Curiel, who through his office declined": a relative clause's pronoun is the person's own)
  if (e < 0 || !commaAfter(e) || RELATIVES.has(toks[e + 1]?.lower ?? '')) return undefined;
  for (let k = e + 1; k < toks.length && k - e <= 15 && toks[k]!.si === toks[e]!.si; k++)
    if (commaAfter(k)) return [e + 1, k];
  return undefined;
}

/** A word "her" owns ("her husband", "her own", "her 2003 book"), not the word after an object ("met her in May"). */
const possessedAfter = (t: Tok): boolean =>
  t.q < 0 && has(t, 'Noun', 'Adjective', 'Value') && !has(t, 'Pronoun', 'Determiner', 'Preposition');

/**
 * The gender the text gives a person: the first "he"/"his" or "she"/"her" after the person opens a sentence,
 * before anyone else is named in it ("Omar asked for compassion, saying she …"); persons whose every such
 * pronoun agrees.
 */
function pronounGenders(doc: TokenDoc, mentions: readonly Mention[]): Map<Actor, Gender> {
  const { toks, firstTokenAt, punctAfter } = doc;
  const votes = new Map<Actor, { male: number; female: number }>();
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (m.actor.kind !== 'person' || !isSubject(doc, m)) continue;
    const i = firstTokenAt(m.start);
    if (i < 0) continue;
    const si = toks[i]!.si;
    // the next person named as such in the sentence (a possessor, "Carlineo's sentencing", does not count)
    let o = n + 1;
    while (o < mentions.length && (mentions[o]!.actor.kind !== 'person' || possessor(doc.text, mentions[o]!))) o++;
    const next = mentions[o];
    // ("Mark Addison, then her private secretary, said": a pronoun in the apposition is someone else's)
    const apposition = appositionAfter(doc, m);
    for (let k = i + 1; k < toks.length && toks[k]!.si === si && toks[k]!.q < 0; k++) {
      if (next && toks[k]!.start >= next.start) break;
      if (apposition && k >= apposition[0] && k <= apposition[1]) continue;
      // (an object pronoun is someone else: "McCaskill scolded him", "Ann met her in May"; "her husband" is hers)
      const w = toks[k]!.lower;
      const herOwn = w === 'her' && !punctAfter(k) && !!toks[k + 1] && possessedAfter(toks[k + 1]!);
      const g = /^(he|his|himself)$/.test(w) ? 'male' : /^(she|hers|herself)$/.test(w) || herOwn ? 'female' : undefined;
      if (!g) continue;
      const v = votes.get(m.actor) ?? { male: 0, female: 0 };
      v[g]++;
      votes.set(m.actor, v);
      break;
    }
  }
  const out = new Map<Actor, Gender>();
  for (const [actor, v] of votes) {
    if (v.male > 0 && v.female > 0) continue;
    out.set(actor, v.male > 0 ? 'male' : 'female');
  }
  return out;
}

// --- mentions and statements before a point ---------------------------------------------------------

/** The last mention that overlaps [start, end). */
function mentionCovering(cx: SpeakerContext, start: number, end: number): Mention | undefined {
  const { mentions } = cx;
  // the first mention that may reach start (none is longer than 200 characters)
  const lo = partitionPoint(mentions.length, (k) => mentions[k]!.start < start - 200);
  let best: Mention | undefined;
  for (let k = lo; k < mentions.length && mentions[k]!.start < end; k++) {
    const m = mentions[k]!;
    if (m.end > start && m.start < end) best = m;
  }
  return best;
}

/** The last mention on stage of one of `kinds` that ends before `before` (within 150 mentions back). */
function previousMention(cx: SpeakerContext, before: number, kinds: ActorKind[]): Mention | undefined {
  const { mentions } = cx;
  const lo = partitionPoint(mentions.length, (k) => mentions[k]!.start < before);
  for (let k = lo - 1; k >= 0 && k >= lo - 150; k--) {
    const m = mentions[k]!;
    if (m.end <= before && kinds.includes(m.actor.kind) && !offStage(cx, m)) return m;
  }
  return undefined;
}

function insideQuote(doc: TokenDoc, offset: number): boolean {
  const { quotes } = doc;
  const q = quotes[partitionPoint(quotes.length, (k) => quotes[k]!.close < offset)];
  return !!q && q.open < offset && offset < q.close;
}

/**
 * A photo or picture credit ("Photograph: AFP/Getty", "John Smith/Reuters", "AFP Photo"): the agency or
 * photographer there took a picture and is nobody a later "it" or "he" stands for.
 */
function inCredit(text: string, m: Mention): boolean {
  return (
    CREDIT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
    CREDIT_AFTER.test(text.slice(m.end, m.end + 16))
  );
}

/** Not on stage for a pronoun or a role noun: inside a quotation, or in a credit. */
function offStage(cx: SpeakerContext, m: Mention): boolean {
  return insideQuote(cx.doc, m.start) || inCredit(cx.doc.text, m);
}

/** Among the last six statements, the latest whose source opens before `before` (within 1500 characters) and that `want`s. */
function lastSpeaker(
  cx: SpeakerContext,
  before: number,
  want: (a: WorkingAttribution) => boolean,
): WorkingAttribution | undefined {
  const { attributions } = cx;
  for (let k = attributions.length - 1; k >= 0 && k >= attributions.length - 6; k--) {
    const a = attributions[k]!;
    if (a.source && a.source.start < before && before - a.source.start < 1500 && want(a)) return a;
  }
  return undefined;
}

// --- who "he" and "she" stand for -----------------------------------------------------------------
// A reader takes the person the text is about: the one speaking in the running quotation chain, or the
// subject of a recent sentence, of the pronoun's gender and number; a person merely mentioned in
// between (an object, a possessor, someone named inside the last statement) does not take it over.

/**
 * A "person" every mention of which follows a place preposition ("in Tanjung Priok", "at Walter Reed") is
 * a place the tagger took for a name: never what "he" or "she" stands for.
 */
function isPlaceLike(cx: SpeakerContext, actor: Actor): boolean {
  let v = cx.placeLike.get(actor);
  if (v === undefined) {
    const { text } = cx.doc;
    v = actor.mentions.every((m) => PLACE_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start)));
    cx.placeLike.set(actor, v);
  }
  return v;
}

function fitsGender(cx: SpeakerContext, actor: Actor | undefined, want: Gender): boolean {
  const g = actor ? cx.genderOf.get(actor) : undefined;
  return g === undefined || g === null || g === want;
}

/** The gender an unnamed speaker's description says ("the boyfriend"), if it says one. */
function describedGender(description: string): Gender | undefined {
  const head = description.toLowerCase().split(/\s+/).pop() ?? '';
  return Object.hasOwn(GENDERED_PERSON_NOUNS, head) ? GENDERED_PERSON_NOUNS[head] : undefined;
}

/** A mention that owns what follows it: "Trump's", "Sanders'", "Whole Foods’ halibut deal". */
function possessor(text: string, m: { start: number; end: number }): boolean {
  return /['\u2019]s?$/.test(text.slice(m.start, m.end)) || /^['\u2019](?:s\b|\s|$)/.test(text.slice(m.end, m.end + 3));
}

/**
 * A mention in subject position: it opens its sentence, after nothing but a title ("Former Secretary of
 * State Hillary Clinton") or an opening phrase and its comma ("On Monday, Smith"); not a possessor.
 */
function isSubject(doc: TokenDoc, m: Mention): boolean {
  const { text, toks, first, punctAfter, commaAfter, firstTokenAt } = doc;
  const i = firstTokenAt(m.start);
  if (i < 0 || toks[i]!.start !== m.start) return false;
  if (possessor(text, m)) return false;
  const f = first(i);
  if (i === f) return true;
  // a subject opens its sentence: past a dozen words it is not one (and the scan stays short)
  if (i - f > MAX_SUBJECT_OFFSET) return false;
  // "Fuelling speculation …, opposition leader Morgan Tsvangirai, who …, returned": role words opening the clause
  // after an introductory phrase
  let r = i - 1;
  while (
    r > f &&
    i - r <= 3 &&
    /^[a-z]/.test(toks[r]!.text) &&
    has(toks[r]!, 'Noun', 'Adjective') &&
    !has(toks[r]!, 'Verb') &&
    !punctAfter(r)
  )
    r--;
  if (r < i - 1 && r >= f && commaAfter(r) && ROLE_NOUNS[toks[i - 1]!.lower] === 'person') return true;
  let title = true;
  for (let k = f; k < i; k++) {
    const w = toks[k]!;
    // ("House Speaker Paul Ryan": a capitalised first word the tagger reads as an imperative, before more capitals,
    // is a title's; "Said Paul Ryan" is a verb)
    const titleWord =
      k === f && k + 1 < i && has(w, 'Imperative') && /^[A-Z]/.test(toks[k + 1]!.text) && !cueVerb(w.lower);
    if (has(w, 'Verb') && !has(w, 'Gerund', 'Noun') && !titleWord) return false;
    if (!(/^[A-Z]/.test(w.text) || /^(the|of|a|an|former|then|late)$/.test(w.lower)) || punctAfter(k)) title = false;
  }
  return title || commaAfter(i - 1);
}

/**
 * "the 56-year-old" as a subject, tokens [i, j] ("year", "old" after the number, or with it): the first token of the
 * whole description ("The"), or -1.
 */
function ageDescription(doc: TokenDoc, i: number, j: number): number {
  const { toks } = doc;
  if (j < 1 || toks[j]!.lower !== 'old' || toks[j - 1]!.lower !== 'year') return -1;
  let a = j - 2;
  if (a < 0 || !has(toks[a]!, 'Value') || a < i - 2) return -1;
  if (a > 0 && DETERMINERS.has(toks[a - 1]!.lower) && toks[a - 1]!.si === toks[a]!.si) a--;
  return a <= i && j - a <= 3 ? a : -1;
}

/** A plural source: "officials", "analysts", "people familiar with …" ("Officials at the ministry"), a group. */
function pluralSpeaker(cx: SpeakerContext, a: WorkingAttribution): boolean {
  return (
    a.kind === 'group' ||
    // (two named speakers together: "Boris Johnson and Jeremy Corbyn")
    (!cx.actorByName.has(a.speaker) && a.named && / and /.test(a.speaker)) ||
    (!cx.actorByName.has(a.speaker) &&
      // ("people briefed on the move", "officials speaking on condition of anonymity": past a participle)
      /(?:^|\s)(?:\p{Ll}[\p{L}-]*s|people|police|staff)(?:\s+(?:of|from|for|with|in|at|close|familiar|\p{Ll}+(?:ing|ed|en))\b.*)?$/u.test(
        a.speaker.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()),
      ))
  );
}

/**
 * The plural noun phrase "they" stands for when no source spoke before: the last one in its sentence or
 * the one before, outside quotation marks ("The AP interviewed 20 former crew members. They described …").
 */
function pluralBefore(doc: TokenDoc, i: number): [number, number] | undefined {
  const { toks, first, punctAfter } = doc;
  const stop = Math.max(first(i) > 0 ? first(first(i) - 1) : 0, i - MAX_PLURAL_LOOKBACK);
  for (let k = i - 1; k >= stop; k--) {
    const t = toks[k]!;
    if (t.q >= 0 || !has(t, 'Plural') || has(t, 'Pronoun', 'Date', 'Value', 'Verb')) continue;
    // the head of its phrase: "crew members", not "members of the crew"'s inner noun
    if (k + 1 < toks.length && toks[k + 1]!.si === t.si && !punctAfter(k) && has(toks[k + 1]!, 'Noun')) continue;
    const np = nounPhraseBack(doc, k);
    if (np) return pluralPart(doc, np);
  }
  return undefined;
}

/** "the attention of two politicians": the plural after "of" when the head before it is singular. */
function pluralPart(doc: TokenDoc, [s, e]: [number, number]): [number, number] {
  for (let o = e - 1; o > s; o--)
    if (doc.toks[o]!.lower === 'of') return has(doc.toks[o - 1]!, 'Plural') ? [s, e] : [o + 1, e];
  return [s, e];
}

/** Sentences back from the pronoun's in which a subject may still take it. */
const SUBJECT_REACH = 2;

/**
 * "He said Obama hopes …", "She said Rubio “has failed …”", "He calls Christie's endorsement …": a pronoun never
 * stands for the person its own reported clause opens with (a reader takes "he" for someone else, by the rule
 * grammarians call principle C). The pronoun then goes to the next person who fits. A name later in the clause
 * does not bar it ("He notes that the commission announced an issue with Trump's microphone" is Trump's); nor does
 * a quotation, where a speaker may name himself.
 */
function notNamedInOwnClause(cx: SpeakerContext, who: SpeakerInfo, content: Span): SpeakerInfo | undefined {
  const source = who.source;
  if (!source || content.start < source.end) return who;
  const pronoun = source.text.toLowerCase();
  if (pronoun !== 'he' && pronoun !== 'she') return who;
  const actor = cx.actorByName.get(who.speaker);
  if (!actor) return who;
  const { text } = cx.doc;
  const opens = content.start + (/^that\s+/i.exec(text.slice(content.start, content.start + 6))?.[0].length ?? 0);
  const m = mentionCovering(cx, opens, opens + 1);
  if (!m || m.actor !== actor || m.start !== opens) return who;
  // the pronoun is its clause's subject: it opens its sentence, or follows an opening phrase's comma ("The next
  // thing she knew, Steenburgen had been signed" has it inside the opening phrase)
  const i = cx.doc.firstTokenAt(source.start);
  if (i < 0) return who;
  const f = cx.doc.first(i);
  if (i !== f && !cx.doc.commaAfter(i - 1)) return who;
  return pronounSpeaker(cx, source, cx.doc.toks[i]!.si, pronoun === 'he' ? 'male' : 'female', actor);
}

/** "he" or "she": the running speaker of that gender, or the subject of a recent sentence if more recent. */
function pronounSpeaker(
  cx: SpeakerContext,
  source: Span,
  si: number,
  want: Gender,
  not?: Actor,
): SpeakerInfo | undefined {
  const { mentions, actorByName } = cx;
  const { toks, firstTokenAt } = cx.doc;
  const speaker = lastSpeaker(
    cx,
    source.start,
    // ("I think …. He also stressed": "he" is never the writer an "I" stood for)
    (a) =>
      a.kind === 'person' &&
      a.speaker !== WRITER &&
      a.speaker !== not?.name &&
      a.si >= si - 3 &&
      !pluralSpeaker(cx, a) &&
      fitsGender(cx, actorByName.get(a.speaker), want) &&
      (describedGender(a.speaker) ?? want) === want,
  );
  let subject: Mention | undefined;
  let near: Mention | undefined;
  let topic: Mention | undefined;
  // "Carlineo faces … . Sentencing is … . He was arrested … . During the call, he asked": a sentence opened by the
  // same pronoun continues its subject, so the subject may lie one sentence further back for each
  let reach = si - SUBJECT_REACH;
  for (let s = si - 1; s >= reach && s > 0 && reach > si - SUBJECT_REACH - 3; s--) {
    const opener = toks[cx.doc.sentFirst[s]!];
    if (opener && opener.lower === (want === 'male' ? 'he' : 'she')) reach--;
  }
  const lo = partitionPoint(mentions.length, (k) => mentions[k]!.start < source.start);
  for (let k = lo - 1; k >= 0 && k >= lo - 150; k--) {
    const m = mentions[k]!;
    if (
      m.end > source.start ||
      m.actor === not ||
      m.actor.kind !== 'person' ||
      offStage(cx, m) ||
      !fitsGender(cx, m.actor, want) ||
      isPlaceLike(cx, m.actor)
    )
      continue;
    const i = firstTokenAt(m.start);
    // (a person known to be of the pronoun's gender is nearer, for a reader, than one of unknown gender:
    // "… owned by talent manager Scooter Braun. In a post she described …" is Taylor Swift's; not than one in the
    // pronoun's own sentence: "Morgan Tsvangirai, who has been ill, returned, his spokesman said")
    if (
      !near ||
      (cx.genderOf.get(near.actor) !== want &&
        cx.genderOf.get(m.actor) === want &&
        i >= 0 &&
        toks[i]!.si >= reach &&
        toks[firstTokenAt(near.start)]?.si !== si)
    )
      near = m;
    if (i < 0 || toks[i]!.si < reach) break;
    if (isSubject(cx.doc, m)) {
      subject = m;
      break;
    }
    // "Taylor Swift's albums were released …": the possessor opening a sentence is what the sentence is about
    if (!topic && i === cx.doc.first(i) && possessor(cx.doc.text, m)) topic = m;
  }
  const named = (a: Actor): SpeakerInfo => ({
    speaker: a.name,
    anonymous: false,
    source,
    kind: 'person',
    named: true,
  });
  // "But some note that Trump — even as he says his experience … — has proposed little": a pronoun inside an aside
  // set off by dashes right after a person is that person, the subject the aside interrupts
  if (near && near.start > (speaker?.source?.start ?? -1)) {
    const between = cx.doc.text.slice(near.end, source.start);
    if (
      /^\s*[\u2014\u2013]|^\s+--/.test(between) &&
      !/[\u2014\u2013.;!?]|--/.test(between.replace(/^\s*(?:[\u2014\u2013]|--)/, ''))
    )
      return named(near.actor);
  }
  if (subject && (!speaker || subject.start > speaker.source!.start)) return named(subject.actor);
  const fronted = frontedPerson(cx, source, si, want);
  if (fronted && fronted !== not) return named(fronted);
  if (speaker) return { speaker: speaker.speaker, anonymous: speaker.anonymous, source, kind: 'person', named: true };
  if (topic) return named(topic.actor);
  if (near) return named(near.actor);
  return undefined; // no person to stand for: not listed as a speaker
}

/**
 * "While the campaign did not appeal to Julie Graham, a health department officer, she said …": the one person of
 * the pronoun's gender in a subordinate clause that opens its sentence is who the pronoun stands for, whoever
 * spoke before. Two or more such people leave it to the other evidence.
 */
function frontedPerson(cx: SpeakerContext, source: Span, si: number, want: Gender): Actor | undefined {
  const { mentions } = cx;
  const { toks, sentFirst, firstTokenAt } = cx.doc;
  const f = sentFirst[si];
  if (f === undefined || !SUBORDINATORS.has(toks[f]!.lower)) return undefined;
  const from = toks[f]!.start;
  const found = new Set<Actor>();
  for (let k = partitionPoint(mentions.length, (x) => mentions[x]!.start < from); k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.end > source.start) break;
    const i = firstTokenAt(m.start);
    if (i < 0 || toks[i]!.si !== si) continue;
    if (m.actor.kind === 'person' && !offStage(cx, m) && fitsGender(cx, m.actor, want)) found.add(m.actor);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The actor of a kind that is the subject of token i's own sentence, named before it, if any. */
function sentenceSubject(cx: SpeakerContext, i: number, kind: ActorKind): Mention | undefined {
  const { mentions } = cx;
  const { toks, first } = cx.doc;
  const from = toks[first(i)]!.start;
  const hi = partitionPoint(mentions.length, (k) => mentions[k]!.start < toks[i]!.start);
  for (let k = hi - 1; k >= 0 && mentions[k]!.start >= from; k--) {
    const m = mentions[k]!;
    if (m.actor.kind === kind && !offStage(cx, m) && isSubject(cx.doc, m)) return m;
  }
  return undefined;
}

/** "it", "they", "I", "we" or "you" (token i) as a subject: a previous source, a plural phrase, a turn's speaker. */
function otherPronounSpeaker(cx: SpeakerContext, pronoun: string, source: Span, i: number): SpeakerInfo | undefined {
  const { toks } = cx.doc;
  if (pronoun === 'it') {
    // "The Conservative Party became embroiled … when it posted a video": the body the sentence is about
    const own = sentenceSubject(cx, i, 'organization');
    if (own) return { speaker: own.actor.name, anonymous: false, source, kind: 'organization', named: true };
  }
  if (pronoun === 'it' || pronoun === 'they') {
    // "they" after "officials said", "the police said"; "it" after "the ministry said"
    const plural = pronoun === 'they';
    const m = lastSpeaker(
      cx,
      source.start,
      (a) => (a.kind !== 'person' || (plural && pluralSpeaker(cx, a))) && a.si >= toks[i]!.si - 2,
    );
    if (m) return { speaker: m.speaker, anonymous: m.anonymous, source, kind: m.kind, named: m.named };
    if (plural) {
      const np = pluralBefore(cx.doc, i);
      const who = np ? resolveSpeaker(cx, np[0], np[1]) : undefined;
      if (who) return { ...who, source };
    }
    if (pronoun === 'it') {
      const om = previousMention(cx, source.start, ['organization']);
      if (om && source.start - om.end < 400)
        return { speaker: om.actor.name, anonymous: false, source, kind: 'organization', named: true };
    }
  }
  // "I", "we", "you" outside quotation marks: the writer, a reader addressed or anyone; unresolved
  // pronouns are not listed as speakers
  if (pronoun === 'it' || pronoun === 'they' || pronoun === 'you') return undefined;
  return turnSpeaker(cx, source) ?? { speaker: WRITER, anonymous: false, source, kind: 'person', named: true };
}

/** "I said", "we asked" in a transcript's turn ("WALLACE: … I asked him …") belong to the turn's speaker. */
function turnSpeaker(cx: SpeakerContext, source: Span): SpeakerInfo | undefined {
  const { colonSpeakers } = cx;
  const { toks } = cx.doc;
  const at = partitionPoint(colonSpeakers.length, (k) => toks[colonSpeakers[k]!.content[1]]!.end < source.end);
  const turn = colonSpeakers[at];
  if (!turn || toks[turn.content[0]]!.start > source.start) return undefined;
  const who = resolveSpeaker(cx, turn.np[0], turn.np[1]) ?? labelSpeaker(cx, turn.np[0], turn.np[1]);
  return { ...who, source };
}

// --- what "the airline", "the president" refer to ---------------------------------------------------

/**
 * Role nouns of public bodies: "the department" is a body named as one ("Justice Department", "DHS", "the
 * Pentagon"), never "United Nations" or "National Lawyers Guild", whose last word names no kind of body.
 */
const BODY_ROLES: ReadonlySet<string> = new Set([
  'department',
  'ministry',
  'office',
  'agency',
  'government',
  'military',
  'army',
  'party',
  'campaign',
]);

/** Role nouns of institutions: "the court", "the union" is a body whose name says so ("Supreme Court", "UAW"). */
const INSTITUTION_ROLES: ReadonlySet<string> = new Set([
  'court',
  'union',
  'committee',
  'council',
  'league',
  'university',
  'hospital',
]);

/** An organisation that may be what a role noun names: not the press, and not a body of another type by its name. */
function orgFits(actor: Actor | undefined, roleNoun: string): boolean {
  if (actor?.kind !== 'organization' || OUTLETS.has(actor.name)) return false;
  // the head: the last word, or the word before "of" ("Association of Flight Attendants")
  const ofAt = actor.name.indexOf(' of ');
  const headPart = ofAt > 0 ? actor.name.slice(0, ofAt) : actor.name;
  const last = headPart.slice(headPart.lastIndexOf(' ') + 1).toLowerCase();
  if (INSTITUTION_ROLES.has(roleNoun))
    return (ROLE_HEADS[roleNoun] ?? [roleNoun]).includes(last) || /^[A-Z]{2,}$/.test(actor.name);
  // "AirAsia", "Airbus", "DHS": nothing says what kind of body it is (but "the government" is a country's, never
  // "the RSPCA": only a name that says it is a government or an administration)
  if (!ORG_HEADS.has(last))
    return roleNoun !== 'government' && (!BODY_ROLES.has(roleNoun) || !actor.name.includes(' '));
  const heads = ROLE_HEADS[roleNoun] ?? [roleNoun];
  return heads.includes(last) || heads.includes(last.replace(/s$/, ''));
}

function personFits(cx: SpeakerContext, actor: Actor | undefined, roleNoun: string): boolean {
  const r = actor?.kind === 'person' ? roleOf(cx, actor) : null;
  // ("Ohio Gov. John Kasich … The candidate is hoping": a candidate or a lawmaker may hold any title)
  return !r || roleHead(r) === roleNoun || SHARED_ROLE_NOUNS.has(roleNoun);
}
/** Role nouns a person keeps whatever title the article gave them. */
const SHARED_ROLE_NOUNS: ReadonlySet<string> = new Set(['candidate', 'nominee', 'politician', 'lawmaker']);

/**
 * A name after "a" or "an" is a product or a member, not the body itself: "an Airbus A320", "a Reuters
 * photographer"; the airline the article is about is not the plane's maker.
 */
const INDEFINITE_BEFORE = /\b(?:a|an)[^\S\n]+$/i;

const HEADLINE_WEIGHT = 3;

/** The organisation that fits a role noun and is mentioned most before `before` (ties: the latest mentioned). */
/**
 * The one organisation named before `before` whose name has a word sharing its stem with one of a role's modifiers
 * ("production" ~ "Productions", "record" ~ "Records"): five letters or the whole word. Two or more: none.
 */
function organizationSharing(cx: SpeakerContext, modifiers: readonly string[], before: number): Actor | undefined {
  const stems = modifiers.filter((m) => /^[a-z]{4,}$/.test(m)).map((m) => m.slice(0, 5));
  if (stems.length === 0) return undefined;
  const found = new Set<Actor>();
  for (const m of cx.mentions) {
    if (m.start >= before) break;
    if (m.actor.kind !== 'organization') continue;
    const words = m.actor.name.toLowerCase().split(/[\s-]+/);
    if (words.some((w) => w.length >= 4 && stems.some((st) => w.startsWith(st)))) found.add(m.actor);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function salientOrganization(cx: SpeakerContext, roleNoun: string, before: number): Actor | undefined {
  const { mentions } = cx;
  const { text } = cx.doc;
  const count = new Map<Actor, number>();
  const latest = new Map<Actor, number>();
  const hi = partitionPoint(mentions.length, (k) => mentions[k]!.start < before);
  // the headline says what the article is about: a name in it counts as much as three in the body
  const headlineEnd = text.indexOf('\n');
  for (let k = Math.max(0, hi - MAX_SALIENCE_MENTIONS); k < hi; k++) {
    const m = mentions[k]!;
    if (m.actor.kind !== 'organization' || offStage(cx, m)) continue;
    if (INDEFINITE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    count.set(m.actor, (count.get(m.actor) ?? 0) + (m.end <= headlineEnd ? HEADLINE_WEIGHT : 1));
    latest.set(m.actor, m.start);
  }
  let best: Actor | undefined;
  let most = 0;
  for (const [actor, n] of count) {
    if (!orgFits(actor, roleNoun)) continue;
    if (n > most || (n === most && latest.get(actor)! > latest.get(best!)!)) [best, most] = [actor, n];
  }
  return best;
}

/**
 * The organisation of the role noun's type that is the subject of the role noun's own sentence, before it ("SpaceX
 * is believed to have bid, but the company declined to confirm"). A sentence before does not outrank the article's
 * topic: "Orion Airlines never found it. The pilot was experienced, the airline said" in an article about AirAsia.
 */
function organizationSubject(cx: SpeakerContext, roleNoun: string, source: Span, si: number): Mention | undefined {
  const { mentions } = cx;
  const { toks, firstTokenAt } = cx.doc;
  const hi = partitionPoint(mentions.length, (k) => mentions[k]!.start < source.start);
  for (let k = hi - 1; k >= 0; k--) {
    const m = mentions[k]!;
    const i = firstTokenAt(m.start);
    if (i < 0 || toks[i]!.si < si) break;
    if (m.actor.kind !== 'organization' || offStage(cx, m) || !isSubject(cx.doc, m)) continue;
    // (the nearest subject decides: one that does not fit stops the search)
    return orgFits(m.actor, roleNoun) ? m : undefined;
  }
  return undefined;
}

/** The role the article states next to a person's name, lower case ("mayor of surabaya"), or null. */
function roleOf(cx: SpeakerContext, actor: Actor): string | null {
  const { roles } = cx;
  if (!roles.has(actor)) roles.set(actor, actorRole(cx.doc.text, actor)?.toLowerCase() ?? null);
  return roles.get(actor)!;
}

/** The noun a role is headed by: "mayor of surabaya" -> "mayor", "white house press secretary" -> "secretary". */
function roleHead(r: string): string | undefined {
  return r
    .split(/\s+(?:of|for|at|with|in|to|on)\s+/)[0]!
    .split(/\s+/)
    .pop();
}

/**
 * The person the article gave a role before `before` ("President Obama", "Tri Rismaharini, the mayor of
 * Surabaya"), the most mentioned if several; with `of`, the role must name it too ("the mayor of Surabaya").
 */
function roleHolder(
  cx: SpeakerContext,
  roleNoun: string,
  before: number,
  of: string | undefined,
  former = false,
): Actor | undefined {
  const { mentions } = cx;
  const count = new Map<Actor, number>();
  const hi = partitionPoint(mentions.length, (k) => mentions[k]!.start < before);
  for (let k = Math.max(0, hi - MAX_SALIENCE_MENTIONS); k < hi; k++) {
    const a = mentions[k]!.actor;
    if (a.kind === 'person') count.set(a, (count.get(a) ?? 0) + 1);
  }
  // ("the governor" is not the former Florida governor; "the former president" may be titled "President")
  const fits = (actor: Actor) => {
    const r = roleOf(cx, actor);
    return (
      !!r && roleHead(r) === roleNoun && (!of || r.includes(of.toLowerCase())) && (former || !/^(?:former|ex-)/.test(r))
    );
  };
  // ("McCain said … The longtime senator said": a holder named in the last two sentences before the others)
  const si = cx.doc.toks[cx.doc.firstTokenAt(before)]?.si ?? 0;
  for (let k = hi - 1; k >= 0 && k >= hi - MAX_SALIENCE_MENTIONS; k--) {
    const m = mentions[k]!;
    if ((cx.doc.toks[cx.doc.firstTokenAt(m.start)]?.si ?? 0) < si - 2) break;
    if (m.actor.kind === 'person' && fits(m.actor)) return m.actor;
  }
  let best: Actor | undefined;
  let most = 0;
  for (const [actor, n] of count) {
    if (n < most || !fits(actor)) continue;
    [best, most] = [actor, n];
  }
  return best;
}

/**
 * "the statement said" after "the US military said in a statement": whoever made the statement, the letter or
 * the post the article last cited as such, within a few sentences.
 */
function issuerOf(cx: SpeakerContext, headLower: string, source: Span, si: number): SpeakerInfo | undefined {
  if (!STATEMENT_NOUNS.has(headLower)) return undefined;
  const noun = new RegExp(`\\b${headLower}\\b`, 'i');
  const issuer = lastSpeaker(
    cx,
    source.start,
    (a) =>
      a.si >= si - 4 &&
      !!a.cue &&
      noun.test(a.cue.text) &&
      !STATEMENT_NOUNS.has(a.speaker.toLowerCase().replace(/^the\s+/, '')),
  );
  return issuer && { speaker: issuer.speaker, anonymous: issuer.anonymous, source, kind: issuer.kind, named: true };
}

/**
 * "The spokesperson said" after "A spokesperson for the agency said": the source described before. A description of
 * up to three words needs its head in the earlier one; a longer one ("The senior law enforcement official" after "A
 * senior law enforcement official") repeats it whole, and may reach further back.
 */
function describedBefore(cx: SpeakerContext, headLower: string, source: Span, si: number): SpeakerInfo | undefined {
  const long = source.text.split(/\s+/).length > 3;
  const rest = source.text.toLowerCase().replace(/^the\s+/, '');
  const same = lastSpeaker(
    cx,
    source.start,
    (a) =>
      !!a.source &&
      a.source.end <= source.start &&
      a.si >= si - (long ? 8 : 4) &&
      (long
        ? a.source.text.toLowerCase().replace(/^(?:a|an|one)\s+/, '') === rest
        : // "a spokesman … the spokesman"; "Con Edison officials … the officials" (a plural description ending in it)
          (/^(a|an|one)\s/i.test(a.source.text) &&
            a.source.text
              .toLowerCase()
              .split(/[^\p{L}]+/u)
              .includes(headLower)) ||
          (/s$/.test(headLower) && !a.named && a.source.text.toLowerCase().endsWith(` ${headLower}`))),
  );
  if (same) return { speaker: same.speaker, anonymous: same.anonymous, source, kind: same.kind, named: same.named };
  return undefined;
}

/** A subject phrase being resolved: its tokens [i, j], its head h and the head's word, its span. */
interface SubjectPhrase {
  i: number;
  j: number;
  h: number;
  headLower: string;
  words: Tok[];
  source: Span;
}

/** "the outlet", "the spokesman", "the mayor of Surabaya": the actor named before in that role. */
function roleNounSpeaker(cx: SpeakerContext, phrase: SubjectPhrase): SpeakerInfo | undefined {
  const { i, j, h, headLower, words, source } = phrase;
  const { toks, tokSpan } = cx.doc;
  const role = ROLE_NOUNS[headLower];
  // only a bare "the (adjective) outlet": "the U.S. military" names its referent itself; "the mayor of
  // Surabaya" is bare up to its "of" phrase
  const ofTail = h < j && toks[h + 1]!.lower === 'of' && role === 'person';
  const roleWords = ofTail ? toks.slice(i, h + 1) : words;
  const bare = roleWords.every((w, n) => n === 0 || n === roleWords.length - 1 || /^[a-z]/.test(w.text));
  if (!role || words[0]!.lower !== 'the' || !bare || roleWords.length > 3 || words.some((w) => has(w, 'Possessive')))
    return undefined;
  const named = (a: Actor): SpeakerInfo => ({
    speaker: a.name,
    anonymous: false,
    source,
    kind: a.kind,
    named: true,
  });
  // the person the article gave this role: "Tri Rismaharini, the mayor of Surabaya", "President Obama"; first the
  // speaker of this sentence or the one before, if nothing gives them another role ("In his state, Christie said,
  // … The governor claimed")
  if (role === 'person') {
    const recent = ofTail
      ? undefined
      : lastSpeaker(
          cx,
          source.start,
          (a) =>
            a.named &&
            a.kind === 'person' &&
            a.si >= toks[i]!.si - 1 &&
            personFits(cx, cx.actorByName.get(a.speaker), headLower),
        );
    const recentActor = recent && cx.actorByName.get(recent.speaker);
    const recentRole = recentActor ? roleOf(cx, recentActor) : null;
    const former = words.some((w) => w.lower === 'former');
    const holder =
      recentRole && roleHead(recentRole) === headLower
        ? recentActor
        : roleHolder(cx, headLower, source.start, ofTail ? tokSpan(h + 2, j).text : undefined, former);
    if (holder) return named(holder);
    // (nobody else holds it: the recent speaker the article gave no role)
    if (recent) return { speaker: recent.speaker, anonymous: false, source, kind: 'person', named: true };
  }
  const typed = role === 'organization' && !OUTLET_ROLES.has(headLower) && !DOCUMENT_ROLES.has(headLower);
  // "the production company" for "Dick Clark Productions", "the record label" for "Big Machine Records": a modifier
  // the role shares with one organisation's name, named before
  if (typed) {
    const mods = roleWords.slice(1, -1).map((w) => w.lower);
    const sharing = mods.length > 0 ? organizationSharing(cx, mods, source.start) : undefined;
    if (sharing) return named(sharing);
  }
  const prev = lastSpeaker(
    cx,
    source.start,
    (a) =>
      a.named &&
      (a.kind === role || a.kind === undefined) &&
      a.si >= toks[i]!.si - 3 &&
      (!typed || orgFits(cx.actorByName.get(a.speaker), headLower)) &&
      // "the judge said" is not the last speaker when the article gave that person another role
      (role !== 'person' || personFits(cx, cx.actorByName.get(a.speaker), headLower)),
  );
  // "SpaceX is believed to have bid, but the company has declined to confirm": the subject of its own sentence, when
  // it is an organisation of that type, unless an organisation spoke since
  const subject = typed ? organizationSubject(cx, headLower, source, toks[i]!.si) : undefined;
  if (subject && (!prev || subject.start > prev.source!.start)) return named(subject.actor);
  if (prev) return { speaker: prev.speaker, anonymous: prev.anonymous, source, kind: prev.kind, named: true };
  if (role === 'organization') {
    // "the airline", "the company": the organisation of that type the article is about so far
    const org = typed ? salientOrganization(cx, headLower, source.start) : undefined;
    if (org) return named(org);
    const om = typed ? undefined : previousMention(cx, source.start, ['organization']);
    if (om) return named(om.actor);
  }
  return undefined;
}

/**
 * A described role that names its holder elsewhere in the article, before or after: "Austria's interior
 * minister said" with "Interior Minister Wolfgang Peschorn", "the leader of Ennahda" with "Rachid Ghannouchi,
 * the leader of Ennahda", "The Wikileaks founder" with "Wikileaks founder Julian Assange". Every word of the
 * description must be in the one person's role (two or more after a possessor); two people fitting name nobody.
 */
function describedRoleSpeaker(cx: SpeakerContext, phrase: SubjectPhrase): SpeakerInfo | undefined {
  const { headLower, words, source } = phrase;
  if (ROLE_NOUNS[headLower] !== 'person' && !ROLE_APPOSITIVE_HEADS.includes(headLower)) return undefined;
  const p = words.findIndex((w) => has(w, 'Possessive') || /['\u2019]s$/.test(w.text));
  const from = p >= 0 ? p + 1 : words[0]!.lower === 'the' ? 1 : -1;
  const bare = (w: string) => w.replace(/['\u2019]s$/, '');
  const described = words
    .slice(Math.max(from, 0))
    .map((w) => bare(w.lower))
    .filter((w) => !ROLE_FILLERS.has(w));
  if (from < 0 || described.length === 0 || (p >= 0 && described.length < 2)) return undefined;
  let holder: Actor | undefined;
  for (const actor of cx.actorByName.values()) {
    const r = actor.kind === 'person' ? roleOf(cx, actor) : null;
    if (!r) continue;
    // ("co-founder" is described as "the founder"; "Sen. Marco Rubio (R-Fla.)" is "the Florida senator")
    const roleWords = new Set([...r.split(/[\s-]+/).map(bare), ...stateOf(cx.doc.text, actor)]);
    if (!described.every((w) => roleWords.has(w))) continue;
    if (holder) return undefined; // two people fit: no telling which
    holder = actor;
  }
  return holder && { speaker: holder.name, anonymous: false, source, kind: 'person', named: true };
}
/** The words of the state a lawmaker's party tag names after a mention: "Marco Rubio (R-Fla.)" -> florida. */
function stateOf(text: string, actor: Actor): string[] {
  for (const m of actor.mentions) {
    const tag = /^\s*(?:\(|,\s*)[RDI]-([A-Z][A-Za-z.]{1,12})/.exec(text.slice(m.end, m.end + 20));
    const state = tag && STATE_ABBREVIATIONS[tag[1]!.replace(/\./g, '').toLowerCase()];
    if (state) return state.split(' ');
  }
  return [];
}

/** Words a description and a role may differ by: "the leader of Ennahda", "the Ennahda leader". */
const ROLE_FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'in']);

// --- names and labels -------------------------------------------------------------------------------

/** A lone surname, in any case, as the person of the text who bears it ("Lynch", "WALLACE"). */
function surnameSpeaker(cx: SpeakerContext, i: number): SpeakerInfo | undefined {
  const { toks, tokSpan } = cx.doc;
  const w = toks[i]!.text;
  const person = cx.bySurname.get(w) ?? cx.bySurname.get(w.charAt(0) + w.slice(1).toLowerCase());
  return person && person.name !== w
    ? { speaker: person.name, anonymous: false, source: tokSpan(i, i), kind: 'person', named: true }
    : undefined;
}

/** A label's words as the speaker when no actor stands behind them. */
function labelSpeaker(cx: SpeakerContext, i: number, j: number): SpeakerInfo {
  const source = cx.doc.tokSpan(i, j);
  return (
    (i === j ? surnameSpeaker(cx, i) : undefined) ?? { speaker: source.text, anonymous: false, source, named: true }
  );
}

// --- a subject's tokens read as a speaker -------------------------------------------------------------

/**
 * Token k is a participle opening a phrase about the noun before it: "two officials speaking on condition of
 * anonymity", "people briefed on the talks", "residents living near the plant".
 */
function reducedRelative(doc: TokenDoc, k: number): boolean {
  const { toks, punctAfter } = doc;
  const t = toks[k]!;
  const before = toks[k - 1];
  const after = toks[k + 1];
  if (!before || !after || punctAfter(k - 1) || punctAfter(k) || !has(before, 'Noun') || has(before, 'Pronoun'))
    return false;
  if (/ing$/.test(t.lower)) return has(t, 'Gerund') && !has(after, 'Verb');
  return /(ed|en|wn)$/.test(t.lower) && has(t, 'PastTense', 'Participle') && has(after, 'Preposition');
}

/**
 * The head of subject tokens [i, j]: the last word before the first connector ("Joel Pollak of Breitbart",
 * "sources with knowledge", "a source close to the probe").
 */
function subjectHead(doc: TokenDoc, i: number, j: number): number {
  const { toks } = doc;
  let h = i;
  // ("editor-in-chief": a connector inside a hyphenated word opens no phrase)
  // ("the U.S. ambassador to the United Nations": "to" after a role noun opens a phrase too)
  const opens = (k: number) =>
    PHRASE_CONNECTORS.has(toks[k]!.lower) || roleTo(doc, k) || closeTo(doc, k) || reducedRelative(doc, k);
  while (h < j && (doc.gap(h) === '-' || !opens(h + 1))) h++;
  // "people familiar with": the head is the noun, not the adjective after it
  const h0 = h;
  while (h > i && !has(toks[h]!, 'Noun', 'ProperNoun', 'Pronoun', 'Acronym')) h--;
  // "The firm" (tagged an adjective): the last word, not the determiner
  // "The Trump campaign", "O'Malley's campaign" (tagged a verb): the campaign, not the name before it
  if (
    DETERMINERS.has(toks[h]!.lower) ||
    (h < h0 &&
      has(toks[h0]!, 'Verb') &&
      /^[a-z]/.test(toks[h0]!.text) &&
      ((DETERMINERS.has(toks[i]!.lower) && isProper(toks[h]!)) || (h === h0 - 1 && has(toks[h]!, 'Possessive'))))
  )
    h = h0;
  return h;
}

/**
 * A description set off by commas right after a person's or a body's name ("Han Dong-hoon, the leader of the
 * PPP, urged"; "Lee, the Democratic Party leader, said"), or a bracketed tag after it ("State Sen. Dawn
 * Addiego (R-Burlington) said": party and district), stands for that name: the name is the speaker.
 */
function appositionSpeaker(cx: SpeakerContext, i: number, j: number): SpeakerInfo | undefined {
  const { text, toks, tokSpan, gap, commaAfter } = cx.doc;
  if (i === 0) return undefined;
  const m = mentionCovering(cx, toks[i - 1]!.start, toks[i - 1]!.end);
  // a surname the actor list missed as a mention ("Berg, the party leader, said", opening a sentence)
  const byName = m ? undefined : surnameSpeaker(cx, i - 1);
  const actor = m?.actor ?? (byName ? cx.actorByName.get(byName.speaker) : undefined);
  if (!actor || (actor.kind !== 'person' && actor.kind !== 'organization')) return undefined;
  const between = text.slice(m?.end ?? toks[i - 1]!.end, toks[i]!.start);
  // ("James Lankford, an Oklahoma Republican who warned …": a relative clause may close the description)
  const described =
    /^[^\S\n]*,[^\S\n]*$/.test(between) &&
    (commaAfter(j) || (toks[j + 1] !== undefined && RELATIVES.has(toks[j + 1]!.lower))) &&
    (DETERMINERS.has(toks[i]!.lower) || /^\p{Ll}/u.test(toks[i]!.text));
  const tagged = /^[^\S\n]*\([^\S\n]*$/.test(between) && /^[^\S\n]*\)/.test(gap(j));
  if (!described && !tagged) return undefined;
  return { speaker: actor.name, anonymous: false, source: tokSpan(i, j), kind: actor.kind, named: true };
}

/**
 * Who the subject tokens [i, j] stand for: a pronoun's referent, a named actor, an unnamed source, the
 * actor a role noun refers to, or the words themselves; undefined for a time or nobody in particular.
 */
/** "who" and "which" opening a relative clause whose verb is a cue. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/**
 * The noun phrase a relative pronoun at r stands for: the one just before it, or, when that is a description
 * set off by commas, the name before the description ("McConnell, now the Senate majority leader, who said").
 */
function relativeAntecedent(doc: TokenDoc, r: number): [number, number] | undefined {
  const { toks, first, commaAfter, punctAfter } = doc;
  const f = first(r);
  if (r - 1 < f) return undefined;
  const np = nounPhraseBack(doc, r - 1);
  if (!np) return undefined;
  if (isProper(toks[np[1]]!)) return np;
  let s = np[0] - 1;
  // "now the majority leader", "then a senator"
  while (
    s > f &&
    np[0] - s <= 2 &&
    (has(toks[s]!, 'Adverb') || DESCRIPTION_ADVERBS.has(toks[s]!.lower)) &&
    !punctAfter(s)
  )
    s--;
  if (s >= f && commaAfter(s)) {
    const named = nounPhraseBack(doc, s);
    if (named && isProper(toks[named[1]]!)) {
      // the name itself, not a phrase ending in it ("a frosty relationship with McConnell")
      let n = named[1];
      while (n > named[0] && isProper(toks[n - 1]!)) n--;
      return [n, named[1]];
    }
  }
  if (commaAfter(r - 1)) return np;
  // a restrictive clause after its sentence's verb runs to the sentence's end and describes its speaker: "not
  // paying an architect who said he was stiffed" ("The staff member who reported the call recalled that …":
  // before the verb, where the clause's end is not marked, it stays a description of the subject)
  // (a clause, not a noun phrase, after its verb: "an Israeli prime minister who has declared his intention")
  const verbBefore = toks
    .slice(f, np[0])
    .some((w) => w.q < 0 && has(w, 'PastTense', 'PresentTense') && !has(w, 'Noun'));
  let v = r + 1;
  while (v < toks.length && toks[v]!.si === toks[r]!.si && isVerbPrefix(toks[v]!)) v++;
  const object = toks[v + 1];
  const clause = !!object && !DETERMINERS.has(object.lower) && !has(object, 'Possessive');
  const speech = cueVerb(toks[v]?.lower ?? '')?.cls === 'speech';
  return verbBefore && speech && clause && toks[r]!.lower === 'who' ? np : undefined;
}

/** Whom the possessive pronoun at token i ("his", "her", "their") stands for. */
function ownerSpeaker(cx: SpeakerContext, i: number): SpeakerInfo | undefined {
  const { toks, tokSpan } = cx.doc;
  const subject = POSSESSIVE_SUBJECTS[toks[i]!.lower]!;
  const source = tokSpan(i, i);
  return PERSON_PRONOUNS.has(subject)
    ? pronounSpeaker(cx, source, toks[i]!.si, subject === 'he' ? 'male' : 'female')
    : otherPronounSpeaker(cx, subject, source, i);
}

/**
 * Subject tokens [i, j] that are two named people or bodies joined by "and" ("Johnson and Corbyn", "Sen. Jon Tester
 * and Sen. David Vitter"), each mention running to the "and" or from it, titles aside: their names joined, else
 * undefined. A name of its own with "and" in it ("Johnson & Johnson", "Procter and Gamble") is one actor.
 */
function namedPair(cx: SpeakerContext, i: number, j: number): string | undefined {
  const { toks } = cx.doc;
  const and = toks.slice(i, j + 1).findIndex((w) => w.lower === 'and') + i;
  if (and <= i || and >= j || toks.slice(and + 1, j + 1).some((w) => w.lower === 'and')) return undefined;
  const left = mentionCovering(cx, toks[and - 1]!.start, toks[and - 1]!.end);
  const right = mentionCovering(cx, toks[j]!.start, toks[j]!.end);
  const named = (m: Mention | undefined): m is Mention =>
    !!m && (m.actor.kind === 'person' || m.actor.kind === 'organization');
  if (!named(left) || !named(right) || left.actor === right.actor) return undefined;
  // the left name ends at "and", the right one ends the phrase; before each only capitalised title words
  if (left.end !== toks[and - 1]!.end || right.end !== toks[j]!.end || right.start < toks[and + 1]!.start)
    return undefined;
  const titled = (from: number, start: number) =>
    toks
      .slice(from, cx.doc.firstTokenAt(start))
      .every((w) => /^\p{Lu}/u.test(w.text) || /^(the|former)$/.test(w.lower));
  if (!titled(i, left.start) || !titled(and + 1, right.start)) return undefined;
  return `${left.actor.name} and ${right.actor.name}`;
}

function resolveSpeaker(cx: SpeakerContext, i: number, j: number): SpeakerInfo | undefined {
  const { text, toks, tokSpan } = cx.doc;
  // "The 56-year-old said": a person described by age is the person the passage is about, as "he" or "she" would be
  const age = ageDescription(cx.doc, i, j);
  if (age >= 0) {
    const source = tokSpan(age, j);
    const si = toks[i]!.si;
    const male = pronounSpeaker(cx, source, si, 'male');
    const female = pronounSpeaker(cx, source, si, 'female');
    // (a woman and a man both fit: no telling which)
    if (male && female && male.speaker !== female.speaker)
      return { speaker: source.text, anonymous: false, source, kind: 'person', named: false };
    return male ?? female ?? { speaker: source.text, anonymous: false, source, kind: 'person', named: false };
  }
  // "McConnell, who in 2010 said": the relative pronoun is the source, its antecedent the speaker
  if (i === j && RELATIVES.has(toks[i]!.lower)) {
    const antecedent = relativeAntecedent(cx.doc, i);
    const info = antecedent ? resolveSpeaker(cx, antecedent[0], antecedent[1]) : undefined;
    return info && { ...info, source: tokSpan(i, i) };
  }
  // "his claim that …" (possessorStatement): the possessive stands for its subject pronoun
  const possessive = i === j ? POSSESSIVE_SUBJECTS[toks[i]!.lower] : undefined;
  if (possessive && Object.hasOwn(CLAIM_NOUNS, toks[i + 1]?.lower ?? '')) return ownerSpeaker(cx, i);
  // "his spokesman", "her lawyer": the person the pronoun stands for, and the role ("Morgan Tsvangirai's spokesman")
  // ("One woman's arm was nearly blown off, according to her father": an unnamed person of the pronoun's gender
  // before it in the sentence is whom it stands for, and the description stays)
  const unnamedOwner = () => {
    const gender = toks[i]!.lower === 'his' ? 'male' : toks[i]!.lower === 'her' ? 'female' : undefined;
    for (let k = cx.doc.first(i); k < i; k++) {
      const g = GENDERED_PERSON_NOUNS[toks[k]!.lower.replace(/['\u2019]s$/, '')];
      if (g && (gender === undefined || g === gender)) return true;
    }
    return false;
  };
  if (
    j === i + 1 &&
    possessive === undefined &&
    Object.hasOwn(POSSESSIVE_SUBJECTS, toks[i]!.lower) &&
    !unnamedOwner()
  ) {
    const owner = ownerSpeaker(cx, i);
    const role = toks[j]!;
    if (owner && owner.kind === 'person' && !owner.anonymous && has(role, 'Noun') && !has(role, 'ProperNoun'))
      return {
        speaker: `${owner.speaker}'s ${role.lower}`,
        anonymous: false,
        source: tokSpan(i, j),
        kind: 'person',
        named: false,
      };
  }
  // trim connectors and determiners that cannot end or open a subject
  while (i <= j && (PHRASE_CONNECTORS.has(toks[i]!.lower) || NOT_NP.has(toks[i]!.lower))) i++;
  while (j >= i && (PHRASE_CONNECTORS.has(toks[j]!.lower) || DETERMINERS.has(toks[j]!.lower))) j--;
  if (i > j) return undefined;
  const source = tokSpan(i, j);
  const words = toks.slice(i, j + 1);
  // "Whole Foods co-founder and CEO John Mackey said": a person's name closing the phrase after title words is
  // the speaker, whatever the titles hold ("Smith and Jones said" joins two speakers; "Netanyahu's office" is not)
  const tail = mentionCovering(cx, toks[j]!.start, toks[j]!.end);
  if (tail && tail.actor.kind === 'person' && tail.end === toks[j]!.end && tail.start > toks[i]!.start) {
    const s0 = cx.doc.firstTokenAt(tail.start);
    const lead = s0 > i ? toks[s0 - 1]! : undefined;
    if (lead && !/^(or|to)$/.test(lead.lower) && !PHRASE_CONNECTORS.has(lead.lower) && !has(lead, 'Possessive'))
      return { speaker: tail.actor.name, anonymous: false, source, kind: 'person', named: true };
  }
  // "Johnson and Corbyn said", "Sens. Jon Tester and David Vitter": two named people or bodies speak together
  const pair = namedPair(cx, i, j);
  if (pair) return { speaker: pair, anonymous: false, source, kind: 'person', named: true };
  const h = subjectHead(cx.doc, i, j);
  const head = toks[h]!;
  const headLower = head.lower.replace(/['\u2019]s?$/, '');
  // "A few minutes later said", "in the past described": a time is never the speaker
  if (
    !has(head, 'Person', 'Organization') &&
    (has(head, 'Date', 'Duration') || TIME_WORDS.has(headLower) || headLower === 'past')
  )
    return undefined;
  // "anyone who says", "everyone agrees": nobody in particular ("someone close to him said" stays a source)
  if (words.length === 1 && INDEFINITE_PRONOUNS.has(headLower)) return undefined;
  // "no group claimed responsibility", "none has said": nobody made the statement
  if (negatedSubject(cx.doc, i)) return undefined;
  // "CNNMoney First published February 1": an ordinal or a sequence adverb opens, nobody speaks
  if (words.length === 1 && SEQUENCE_WORDS.has(headLower)) return undefined;
  // ("according to him", "according to them": an object pronoun after a preposition stands for the same speaker)
  const pronoun = words.length === 1 ? (OBJECT_PRONOUN_SUBJECTS[headLower] ?? headLower) : undefined;
  if (pronoun && PERSON_PRONOUNS.has(pronoun))
    return pronounSpeaker(cx, source, toks[i]!.si, pronoun === 'he' ? 'male' : 'female');
  if (pronoun && OTHER_PRONOUNS.has(pronoun)) return otherPronounSpeaker(cx, pronoun, source, i);
  // a named actor covering the head
  const m = mentionCovering(cx, head.start, head.end);
  // "an Iowa Republican said", "one Nevada Democrat asked", "some Palestinians say": members of a party or
  // group, described, not the body itself
  // ("James Lankford, an Oklahoma Republican, said" names him; "a Moody's Analytics' forecast" is the firm's)
  // ("A Virginia Republican said", "one Texas Democrat": a party member the text does not name)
  if (words.length > 1 && ANONYMOUS_OPENERS.has(words[0]!.lower) && PARTY_MEMBER_NOUNS.has(headLower) && h === j)
    return (
      appositionSpeaker(cx, i, j) ?? { speaker: source.text, anonymous: true, source, kind: 'person', named: false }
    );
  if (
    m &&
    words.length > 1 &&
    ANONYMOUS_OPENERS.has(words[0]!.lower) &&
    (m.actor.kind === 'organization' || m.actor.kind === 'group') &&
    m.start >= words[1]!.start &&
    m.end >= head.end &&
    !/['\u2019]s?$/.test(head.text)
  )
    return (
      appositionSpeaker(cx, i, j) ?? { speaker: source.text, anonymous: true, source, kind: 'person', named: false }
    );
  if (m && (m.actor.kind !== 'group' || words.length === 1)) {
    // "Benjamin Netanyahu's office": the possessor is not the speaker, keep the description
    const possessor = m.end <= head.start || /['\u2019]s?$/.test(text.slice(m.start, m.end));
    if (!possessor) return { speaker: m.actor.name, anonymous: false, source, kind: m.actor.kind, named: true };
  }
  // "Han Dong-hoon, the leader of the PPP, said": the description stands for the name it follows
  if (!m || m.actor.kind === 'place') {
    const named = appositionSpeaker(cx, i, j);
    if (named) return named;
  }
  // "the statement from the prime minister's office": the speaker is what follows
  // ("new numbers from the Canadian Real Estate Association", "data from the agency": its source)
  const documentOf =
    (EVIDENCE_NOUNS.has(headLower) || DOC_NOUNS.has(headLower)) && h + 1 < j && /^(from|by)$/.test(toks[h + 1]!.lower);
  if (((STATEMENT_NOUNS.has(headLower) || headLower === 'report') && h < j) || documentOf) {
    const inner = resolveSpeaker(cx, h + 2, j);
    if (inner) return { ...inner, source };
  }
  const opener = words[0]!.lower;
  const proper = has(head, 'ProperNoun', 'Person') && !ANONYMOUS_NOUNS.has(headLower);
  const unnamed =
    ANONYMOUS_OPENERS.has(opener) ||
    ((/s$/.test(headLower) || has(head, 'Plural') || headLower === 'people') && !DETERMINERS.has(opener));
  // "Those close to him", "those familiar with the plan": people described by their access, unnamed
  const those =
    opener === 'those' && words.length > 2 && words.some((w, n) => closeTo(cx.doc, i + n) || w.lower === 'familiar');
  if (those) return { speaker: source.text, anonymous: true, source, kind: 'person', named: false };
  if (!proper && ANONYMOUS_NOUNS.has(headLower) && unnamed) {
    const named = m !== undefined && m.start <= head.start && m.end >= head.end;
    if (!named) return { speaker: source.text, anonymous: true, source, kind: 'person', named: false };
  }
  // ("The senior law enforcement official" after "A senior law enforcement official": the same source, anonymous
  // as before)
  if (opener === 'the' && /^[a-z]/.test(head.text)) {
    const same =
      describedBefore(cx, headLower, source, toks[i]!.si) ??
      (words.length <= 3 ? issuerOf(cx, headLower, source, toks[i]!.si) : undefined);
    if (same) return same;
  }
  const byRole =
    roleNounSpeaker(cx, { i, j, h, headLower, words, source }) ??
    describedRoleSpeaker(cx, { i, j, h, headLower, words, source });
  if (byRole) return byRole;
  if (proper && !m) {
    // a surname the actor list missed as a mention: the actor whose name ends with it
    const byName = cx.bySurname.get(head.text);
    if (byName) return { speaker: byName.name, anonymous: false, source, kind: 'person', named: true };
  }
  let kind: ActorKind | undefined;
  if (has(head, 'Person') || Object.hasOwn(GENDERED_PERSON_NOUNS, headLower)) kind = 'person';
  else if (has(head, 'Organization')) kind = 'organization';
  // "the ministry's denial that …": the possessor speaks
  const speaker = has(toks[j]!, 'Possessive') ? source.text.replace(/['\u2019]s$/, '') : source.text;
  return { speaker, anonymous: false, source, kind, named: proper };
}

// ---------------------------------------------------------------------------------------------------
// Pass 1 (stages 1-2): cues found, vetoed, and the subject each one's speaker is read from

/** A document or poll noun among the six words before token v, in its clause: "polls in Iowa show". */
function evidenceBefore(doc: TokenDoc, v: number, nouns: Set<string>): number {
  const { toks, first, punctAfter } = doc;
  const f = first(v);
  for (let b = v - 1; b >= f && v - b <= 6 && !punctAfter(b) && toks[b]!.q < 0; b--)
    if (nouns.has(toks[b]!.lower)) return b;
  return -1;
}

/** A document noun ("tweets", "a statement") just before token k, past a time ("early Friday"). */
function documentBefore(doc: TokenDoc, k: number): boolean {
  const { toks, first, punctAfter } = doc;
  const f = first(k);
  let b = k - 1;
  while (
    b > f &&
    k - b <= 3 &&
    (has(toks[b]!, 'Date') || TIME_WORDS.has(toks[b]!.lower) || (has(toks[b]!, 'Adverb') && !has(toks[b]!, 'Noun'))) &&
    !punctAfter(b)
  )
    b--;
  if (b < f || punctAfter(b) || toks[b]!.q >= 0) return false;
  const w = toks[b]!.lower;
  const one = w.endsWith('s') ? w.slice(0, -1) : w;
  return STATEMENT_NOUNS.has(one) || DOCUMENT_SUBJECTS.has(one) || STATEMENT_NOUNS.has(w) || DOCUMENT_SUBJECTS.has(w);
}

/**
 * "Trump charges that …", "the agency estimates that …": a form too often a noun to be a cue by itself ("the
 * charges", "his estimates") is one before "that", or before a quotation it hands over with a comma or a colon
 * ("Emery states, “…”"), when nothing before it makes it a noun: no determiner, possessive, adjective, number,
 * verb or preposition ("the charges that", "made comments that").
 */
function weakBeforeThat(doc: TokenDoc, v: number): CueVerb | undefined {
  const { toks, punctAfter } = doc;
  const t = toks[v]!;
  const prev = v > doc.first(v) ? toks[v - 1]! : undefined;
  const next = toks[v + 1];
  // "… that", or a quotation handed over by a comma or a colon ("Emery states, “…”", "as the report states: “…”")
  const that = next?.lower === 'that' && !punctAfter(v);
  // (an editor's bracket may open the quotation: ': "[T]he birth lottery …"')
  const quote = !!next && next.q >= 0 && /^\s*[,:]\s*["\u201C]\[?$/.test(doc.text.slice(t.end, next.start));
  if (!(that || quote) || v >= doc.last(v) || !/^[a-z]/.test(t.text) || !prev) return undefined;
  // ("The Post has learned that": an auxiliary makes it a verb)
  const noun =
    DETERMINERS.has(prev.lower) ||
    has(prev, 'Possessive', 'Adjective', 'Value', 'Preposition') ||
    (has(prev, 'Verb') && !has(prev, 'Auxiliary'));
  return noun ? undefined : thatCueVerb(t.lower);
}

/**
 * What makes token v a candidate cue: a reporting verb, or one of the phrases that speak ("pointed out", "made
 * clear", "polls show", "released a statement").
 */
function candidateVerb(doc: TokenDoc, v: number) {
  const { toks, last, punctAfter } = doc;
  const t = toks[v]!;
  const l = last(v);
  const next = v < l ? toks[v + 1] : undefined;
  // "pointed out that"
  // ("laid out her proposals": PolNeAR train marks 11 of 14)
  const pointOut = (/^point(s|ed|ing)?$/.test(t.lower) || /^(laid|lays)$/.test(t.lower)) && next?.lower === 'out';
  // "made it clear that", "makes clear": one speech cue
  const clearAt =
    /^(make|makes|made|making)$/.test(t.lower) && next && !punctAfter(v)
      ? next.lower === 'clear'
        ? v + 1
        : next.lower === 'it' && v + 2 <= l && toks[v + 2]!.lower === 'clear' && !punctAfter(v + 1)
          ? v + 2
          : -1
      : -1;
  // "polls show", "the records show": the bare form after a document noun
  // ("polls in New Hampshire show", "FEC records from the 2008 cycle show", "a new poll showing Trump ahead")
  const docShows =
    /^show(ing)?$/.test(t.lower) &&
    !(next && /^(up|off)$/.test(next.lower)) &&
    evidenceBefore(doc, v, t.lower === 'show' ? EVIDENCE_SUBJECTS : EVIDENCE_NOUNS) >= 0;
  // "released a statement", "issued a joint statement", "sent a letter": publishing a document is speaking
  let docAt = -1;
  if (DOC_ACT_FORMS.has(t.lower) && !punctAfter(v))
    for (let o = v + 1; o <= l && o - v <= 4; o++) {
      if (toks[o]!.q >= 0) break;
      if (DOC_NOUNS.has(toks[o]!.lower)) {
        docAt = o;
        break;
      }
      if (punctAfter(o) || !(DETERMINERS.has(toks[o]!.lower) || has(toks[o]!, 'Adjective', 'Possessive'))) break;
    }
  // "as one voter put it": the words are how the voter said it
  const np = t.lower === 'put' && next?.lower === 'it' && v > doc.first(v) ? nounPhraseBack(doc, v - 1) : undefined;
  const putIt = np !== undefined && np[0] > doc.first(v) && toks[np[0] - 1]!.lower === 'as' && !punctAfter(np[0] - 1);
  const nonResponse = nonResponseVerb(doc, v);
  const verb = nonResponse
    ? nonResponse
    : putIt
      ? { lemma: 'put', cls: 'speech' as const }
      : pointOut
        ? { lemma: t.lower.startsWith('point') ? 'point' : 'lay', cls: 'speech' as const }
        : docAt >= 0
          ? { lemma: 'release', cls: 'speech' as const }
          : clearAt >= 0
            ? { lemma: 'make', cls: 'speech' as const }
            : docShows
              ? { lemma: 'show', cls: 'evidence' as const }
              : (cueVerb(t.lower) ?? weakBeforeThat(doc, v));
  if (!verb) return undefined;
  return { verb, pointOut, clearAt, docShows, docAt, putIt, nonResponse: nonResponse !== undefined };
}

/** What a source does not answer: "did not return calls", "ignored requests for comment". */
const CONTACT_NOUNS: ReadonlySet<string> = new Set([
  'call',
  'calls',
  'message',
  'messages',
  'email',
  'emails',
  'e-mails',
  'text',
  'texts',
  'voicemail',
  'voicemails',
  'request',
  'requests',
  'question',
  'questions',
  'inquiry',
  'inquiries',
  'query',
  'queries',
]);

/** What a source does not give: "did not offer a response", "has not provided an explanation". */
const RESPONSE_NOUNS: ReadonlySet<string> = new Set([
  'response',
  'comment',
  'comments',
  'explanation',
  'answer',
  'answers',
  'reason',
  'details',
  'statement',
]);

/**
 * A refusal with no verb of speech (rule cue.non-response): "did not return calls seeking comment", "has not
 * answered questions about the contract", "ignored a request for comment". The verb is a cue only with a
 * contact noun as its object, and "return" and "answer" only when negated; actOfCue reads it as a decline.
 */
function nonResponseVerb(doc: TokenDoc, v: number): CueVerb | undefined {
  const { toks, last, punctAfter } = doc;
  const w = toks[v]!.lower;
  const lemma = /^ignor(e|es|ed|ing)$/.test(w)
    ? 'ignore'
    : /^return(s|ed)?$/.test(w)
      ? 'return'
      : /^answer(s|ed)?$/.test(w)
        ? 'answer'
        : /^(offer(s|ed)?|provid(e|es|ed)|give|gives|gave|given)$/.test(w)
          ? 'offer'
          : undefined;
  if (!lemma) return undefined;
  // "did not offer a response", "has not provided an explanation", "gave no comment" is the refusal's own words
  const objects = lemma === 'offer' ? RESPONSE_NOUNS : CONTACT_NOUNS;
  // the object: "calls", "his calls", "repeated phone calls", "a request", "emailed questions"
  let o = v + 1;
  while (
    o <= last(v) &&
    o - v <= 4 &&
    !punctAfter(o - 1) &&
    !objects.has(toks[o]!.lower) &&
    (DETERMINERS.has(toks[o]!.lower) ||
      has(toks[o]!, 'Possessive', 'Adjective', 'Value') ||
      /^(phone|e-?mailed|written)$/.test(toks[o]!.lower))
  )
    o++;
  if (o > last(v) || punctAfter(o - 1) || !objects.has(toks[o]!.lower)) return undefined;
  // "ignored her call to admit his stance was wrong", "ignored calls to resign": a demand, not a question
  const to = toks[o + 1];
  const then = toks[o + 2];
  if (to?.lower === 'to' && then && !punctAfter(o) && has(then, 'Infinitive') && !has(then, 'Noun')) return undefined;
  // "did not return", "has not returned", "hasn't answered", "never returned" (the negation actOfCue reads)
  if (lemma !== 'ignore' && negationBefore(doc, v) < 0) return undefined;
  return { lemma, cls: 'speech' };
}

/** A subject opened by "no" ("no group", "No official"), or "nobody", "none", "neither": a statement nobody made. */
function negatedSubject(doc: TokenDoc, i: number): boolean {
  const { toks, first, punctAfter } = doc;
  const opener = i > first(i) && toks[i - 1]!.lower === 'no' && !punctAfter(i - 1) ? 'no' : toks[i]!.lower;
  return /^(no|nobody|neither|none)$/.test(opener);
}

/** Auxiliaries, never a subject's last word whatever the tagger says. */
const AUXILIARY_FORMS: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
  'would',
  'did',
  'does',
]);

/** A past participle right after a common noun ("a report published Wednesday"): a reduced relative clause. */
function reducedRelativeAt(doc: TokenDoc, p: number): boolean {
  const { toks } = doc;
  const w = toks[p]!;
  const n = toks[p - 1]!;
  return (
    /(ed|en|wn)$/.test(w.lower) &&
    has(w, 'PastTense', 'Participle') &&
    !has(w, 'Noun', 'Adjective') &&
    has(n, 'Noun') &&
    !has(n, 'ProperNoun', 'Pronoun', 'Possessive') &&
    w.q < 0 &&
    n.q < 0
  );
}

/**
 * Where the subject of the verb at k ends, skipping auxiliaries, adverbs, a time adverbial and a parenthesis
 * ("Bernie Sanders (I-Vt.) on Saturday criticized"); `paren` when it skipped a parenthesis.
 */
function subjectEnd(doc: TokenDoc, k: number): { j: number; paren: boolean } {
  const { toks, gap, first, punctAfter } = doc;
  const f = first(k);
  const npBack = (j: number) => nounPhraseBack(doc, j);
  // the subject before the verb, skipping "has also", "would later"
  let j = k - 1;
  while (
    j >= f &&
    !punctAfter(j) &&
    // "The firm has denied": compromise may tag an auxiliary a noun after a word it took for an adjective
    (AUXILIARY_FORMS.has(toks[j]!.lower) ||
      // "Big Machine have twice denied": any adverb right after an auxiliary
      (j > f && has(toks[j]!, 'Adverb') && AUXILIARY_FORMS.has(toks[j - 1]!.lower) && !punctAfter(j - 1)) ||
      ((isVerbPrefix(toks[j]!) || /ly$/.test(toks[j]!.lower)) &&
        // "Mexican officials now say": compromise may tag "now" a conjunction
        has(toks[j]!, 'Adverb', 'Verb', 'Auxiliary', 'Modal', 'Negative', 'Adjective', 'Value', 'Conjunction')) ||
      // "Obama himself seemed to": an emphatic pronoun after the subject
      (j > f && /^(himself|herself|themselves|itself)$/.test(toks[j]!.lower)))
  )
    j--;
  // "The campaign on Tuesday responded": a time adverbial between the subject and the verb
  if (j > f && (has(toks[j]!, 'Date') || TIME_WORDS.has(toks[j]!.lower)) && !punctAfter(j)) {
    let tj = j;
    while (tj > f && j - tj < 3 && (has(toks[tj]!, 'Date') || TIME_WORDS.has(toks[tj]!.lower)) && !punctAfter(tj)) tj--;
    if (PP_STARTERS.has(toks[tj]!.lower) && tj > f && !punctAfter(tj)) tj--;
    // "Police had last month charged": an auxiliary before the adverbial
    while (tj > f && tj < j && isVerbPrefix(toks[tj]!) && !punctAfter(tj - 1)) tj--;
    // "Bernie Sanders (I-Vt.) on Saturday criticized": the parenthesis is handled below
    const paren = /^\.?\)\s*$/.test(gap(tj));
    if (
      tj < j &&
      (!punctAfter(tj) || paren) &&
      (paren || npBack(tj) !== undefined) &&
      !has(toks[tj]!, 'Date') &&
      toks[tj]!.q < 0
    )
      j = tj;
    // "A news report published Wednesday said": a participle and its time describe the noun before them
    else if (tj < j && tj - 1 >= f && !punctAfter(tj) && !punctAfter(tj - 1) && reducedRelativeAt(doc, tj)) j = tj - 1;
  }
  // ("Gov. John Kasich (R-OH), said": a comma after the bracket, the verb right after it)
  const b = beforeBracket(doc, j);
  return b === undefined ? { j, paren: false } : { j: b, paren: true };
}

/** Where the comma-set segment holding token i starts. */
function segmentStart(doc: TokenDoc, i: number): number {
  const { first, commaAfter } = doc;
  const f = first(i);
  let c = i;
  while (c > f && !commaAfter(c - 1) && i - c < 30) c--;
  return c;
}

/**
 * "Jane Doe, of Austin, Texas, said", "Eddie Foreman, 40, of Opelika, Alabama, who …, said": the token before a
 * hometown set off by commas ("of/from X", and its state or country after a comma), so that the name before it
 * is the speaker, not the town. Token i ends the segment read back from; i itself where there is no hometown.
 */
function pastHometown(doc: TokenDoc, i: number): number {
  const { toks, first, commaAfter } = doc;
  const f = first(i);
  const opensHometown = (c: number) => /^(of|from)$/.test(toks[c]!.lower) && i - c < 8;
  let nb = i;
  for (let step = 0; step < 2 && nb > f; step++) {
    const c = segmentStart(doc, nb);
    if (c <= f || !commaAfter(c - 1)) break;
    // "…, Alabama,": a lone name after "of Opelika," is the town's state
    const prev = segmentStart(doc, c - 1);
    const state = c === nb && isProper(toks[c]!) && prev > f && opensHometown(prev);
    if (opensHometown(c) && toks.slice(c + 1, nb + 1).every((w) => isProper(w))) nb = c - 1;
    else if (state) nb = prev - 1;
    else break;
  }
  return nb;
}

/** The token before a short bracket that token j closes ("Tom Cotton (R-Ark.)"), or undefined. */
function beforeBracket(doc: TokenDoc, j: number): number | undefined {
  const { gap, first } = doc;
  if (j < 0) return undefined;
  const f = first(j);
  if (j <= f || !/^\.?\),?\s*$/.test(gap(j))) return undefined;
  let o = j;
  while (o > f && j - o < 6 && !gap(o - 1).includes('(')) o--;
  return o > f && /^\s*\($/.test(gap(o - 1)) ? o - 1 : undefined;
}

/**
 * "…, allowing crews to restore power, said Mark Quinlan, a director of planning.": a name right after the verb
 * that ends the sentence, or is followed only by a verbless description, is the verb's subject, inverted.
 */
function invertedName(doc: TokenDoc, e: number): boolean {
  const { toks, last, commaAfter } = doc;
  const inv = e + 1 < toks.length ? nounPhraseForward(doc, e + 1) : undefined;
  if (!inv || !toks.slice(inv[0], inv[1] + 1).some((w) => has(w, 'ProperNoun', 'Person') && !has(w, 'Date')))
    return false;
  const l = last(e);
  if (inv[1] === l) return true;
  const finite = (w: Tok) => w.q < 0 && has(w, 'Verb') && !has(w, 'Noun', 'Gerund', 'Participle', 'Adjective');
  return commaAfter(inv[1]) && !toks.slice(inv[1] + 1, l + 1).some(finite);
}

/**
 * A finite verb's cue: its subject before it (through an apposition or a relative clause) or a name after it
 * ("“…,” said John Smith"), and which way its content lies (`mode`).
 */
function subjectCue(
  doc: TokenDoc,
  k: number,
  v: number,
  e: number,
  verb: CueVerb,
  evidenceAt: number,
  ing: boolean,
): Cue {
  const np = subjectPhrase(doc, k, e, verb, evidenceAt, ing);
  if (np) return { k, v, e, verb, np, ...contentDirection(doc, np, e) };
  if (verb.cls === 'speech' && !ing) return invertedCue(doc, k, v, e, verb);
  return { k, v, e, verb, mode: 'none' };
}

/**
 * The subject of the cue verb at k..e, read back from the verb: a noun phrase before it ("FEC records show"),
 * the name before an apposition ("Karoline Leavitt, the White House press secretary, said"), before a relative
 * clause ("A White House official who spoke anonymously said") or before a participle and its phrase ("reports
 * seen by Reuters suggest"). Undefined where none stands before the verb.
 */
function subjectPhrase(
  doc: TokenDoc,
  k: number,
  e: number,
  verb: CueVerb,
  evidenceAt: number,
  ing: boolean,
): [number, number] | undefined {
  const { toks, first, punctAfter, commaAfter } = doc;
  const f = first(k);
  const npBack = (j: number) => nounPhraseBack(doc, j);
  const { j, paren } = subjectEnd(doc, k);
  let np = j >= f && (paren || !punctAfter(j)) ? npBack(j) : undefined;
  // "FEC records from the 2008 cycle show": the document noun, past what the tagger made of the rest
  // ("Exit polling showed": compromise reads "polling" as a verb)
  const at = evidenceAt;
  if (at >= 0 && (!np || np[0] > at || np[1] < at)) np = npBack(at) ?? [at, at];
  // ("…, said Mark Quinlan, a director": only a speech verb right after the comma inverts)
  const inverted = verb.cls === 'speech' && !ing && j === k - 1 && invertedName(doc, e);
  if (!np && j >= f && commaAfter(j) && toks[j]!.q < 0 && !inverted) {
    // "Karoline Leavitt, the White House press secretary, said": the name before the apposition
    const c = segmentStart(doc, j);
    const appos = npBack(j);
    // "Diego Jones, 36, the owner of a shop, said": the age between commas is part of the description
    const isAge = (r: [number, number]) => r[0] === r[1] && /^\d{1,3}$/.test(toks[r[0]]!.text);
    // "Eddie Foreman, 40, of Opelika, Alabama, who …, said": past the hometown and the age
    let nb = c > f ? pastHometown(doc, c - 1) : c - 1;
    if (nb - 1 >= f && isAge([nb, nb]) && commaAfter(nb) && commaAfter(nb - 1)) nb--;
    // "Sen. Tom Cotton (R-Ark.), who chairs the panel, said": the name before the bracket
    nb = beforeBracket(doc, nb) ?? nb;
    // "dirt, used to fill trenches, freezes in the cold, said Ian Michaels": a segment opened by a finite
    // verb is a clause of its own, not a description of the noun before it
    const opensClause =
      has(toks[c]!, 'PresentTense', 'Infinitive') && !has(toks[c]!, 'Noun', 'Adjective', 'Gerund', 'Participle');
    if (c > f && commaAfter(c - 1) && !opensClause) {
      const named = npBack(nb);
      const relative = /^(who|which|whose)$/.test(toks[c]!.lower);
      const nameIn = (r: [number, number] | undefined) =>
        r !== undefined && toks.slice(r[0], r[1] + 1).some((w) => isProper(w) && w.start > toks[f]!.start);
      const whole = appos !== undefined && appos[0] === c;
      // "The leader of Ennahda, Rachid Ghannouchi, said": the name is the apposition
      const nounHead = named !== undefined && has(toks[named[1]]!, 'Noun', 'ProperNoun', 'Acronym');
      // "The company that runs the AMAs, Dick Clark Productions, denies": a name inside a relative clause is
      // not what the description names
      const described = named !== undefined && segmentStart(doc, named[0]) === f && DETERMINERS.has(toks[f]!.lower);
      const inRelative = described && toks.slice(f + 1, named[0]).some((w) => /^(that|who|which)$/.test(w.lower));
      // ("One delegate on the Cruz slate, Kelly Schmidt, told": a name that only modifies the description's head
      // does not name the speaker; not past an earlier segment, "Vian, the editor of the paper, L'Osservatore
      // Romano, said", nor to a pair, "Clay's biographers, David and Jeanne Heidler, wrote", nor to a place, "a woman
      // in Worcester, Massachusetts, told him", nor after a quotation, whose speaker the description is)
      const modifierOnly =
        named !== undefined &&
        !(isProper(toks[named[1]]!) && isProper(toks[subjectHead(doc, named[0], named[1])]!)) &&
        segmentStart(doc, named[0]) === f &&
        !toks.slice(Math.max(0, f - 1), named[0]).some((w) => w.q >= 0) &&
        appos !== undefined &&
        !toks.slice(appos[0], appos[1] + 1).some((w) => w.lower === 'and' || has(w, 'Place'));
      if (named && whole && (!nameIn(named) || inRelative || modifierOnly) && nameIn(appos)) np = appos;
      // "The mayor, 52, said": an age is never the speaker
      else if (named && nounHead && (nameIn(named) || relative || !appos || !whole || isAge(appos))) np = named;
    }
    // only a whole segment between two commas is an apposition ("X, the agency's head, said")
    if (!np && appos && appos[0] === c && c > f && commaAfter(c - 1) && !/^(who|which)$/.test(toks[c]!.lower))
      np = appos;
  }
  // "A White House official who spoke anonymously to discuss internal strategy said": the subject is
  // before the relative clause, not the clause's last noun
  if (np) {
    let sawVerb = false;
    for (let r = np[0] - 1; r > f && np[0] - r <= 12 && !punctAfter(r) && toks[r]!.q < 0; r--) {
      // ("that" is left alone: mostly a complementizer, "told Zuma that he was fine and the military said")
      if (toks[r]!.lower === 'who') {
        const head = sawVerb ? npBack(r - 1) : undefined;
        if (head && !punctAfter(r - 1)) np = head;
        break;
      }
      if (has(toks[r]!, 'Verb') && !has(toks[r]!, 'Noun')) sawVerb = true;
    }
  }
  // "reports seen by Reuters suggest", "the technicians involved in the inquiry believed": the subject is
  // before the participle and its prepositional phrase (veto.reduced-relative reads the participle)
  if (np && np[0] - 3 >= f && !punctAfter(np[0] - 1) && !punctAfter(np[0] - 2) && !punctAfter(np[0] - 3)) {
    const p = toks[np[0] - 1]!;
    const w = toks[np[0] - 2]!;
    const prep =
      p.lower === 'by' ||
      p.lower === 'to' ||
      (has(p, 'Preposition') && !SUBORDINATORS.has(p.lower) && !/^(that|what|which|who|how|why)$/.test(p.lower));
    const participle =
      (/(ed|en|wn)$/.test(w.lower) &&
        (p.lower === 'by' || (has(w, 'PastTense', 'Participle') && !has(w, 'PresentTense')))) ||
      // "Protesters marching through the streets chanted", "officials speaking on condition of anonymity said"
      (/ing$/.test(w.lower) && has(w, 'Gerund') && !cueVerb(w.lower));
    const head = prep && participle && w.q < 0 && p.q < 0 ? npBack(np[0] - 3) : undefined;
    // (the whole phrase where it names nobody: "two people briefed on the talks" describes an unnamed source)
    const named = toks.slice(np[0], np[1] + 1).some((w) => isProper(w));
    // ("Cruz pointed to the poll that shows": a name is the subject of its own verb, not a thing described)
    const h = head ? toks[head[1]]! : undefined;
    // (a capital only from opening the sentence is no name: "Protesters marching through the streets chanted")
    const name =
      !!h && /^\p{Lu}/u.test(h.text) && (head![1] > f || has(h, 'ProperNoun', 'Person', 'Organization', 'Place'));
    if (head && h && has(h, 'Noun') && !has(h, 'Pronoun') && !name) np = named ? head : [head[0], np[1]];
  }
  return np;
}

/**
 * Which way the content of a cue with its subject np lies: before it ("CLAUSE, X said." or "“QUOTE,” X said."),
 * after it ("X said that …"), or both ("“QUOTE,” Pate told Breitbart News he would …": `alsoForward`).
 */
function contentDirection(doc: TokenDoc, np: [number, number], e: number): Pick<Cue, 'mode' | 'alsoForward'> {
  const { text, quotes, toks, first, last, punctAfter, commaAfter } = doc;
  const f = first(e);
  const l = last(e);
  // "CLAUSE, X said." or "“QUOTE,” X said.": the content comes before
  const before = np[0] > f ? np[0] - 1 : -1;
  const after = adverbialsEnd(doc, e + 1, l);
  // ("…, Cook said while visiting the conference.": an adverbial clause that runs to the sentence's end, with no
  // "that" and no quotation in it, after a clause, reports nothing)
  const adjunctToEnd =
    after <= l &&
    before > f &&
    /^(?:while|when|after|before|during|because|upon|since|until)$/.test(toks[after]!.lower) &&
    !toks.slice(after, l + 1).some((t) => t.q >= 0 || t.lower === 'that' || t.lower === ':') &&
    // a clause before it, not a fronted phrase ("During closing arguments, Bruck asked …") or a list
    toks.slice(f, before + 1).some(finiteWord) &&
    !(isNounish(toks[before]!) && toks.slice(np[0], np[1] + 1).some((t) => t.lower === 'and' || t.lower === 'or'));
  const ends =
    after > l ||
    commaAfter(after - 1) ||
    (after <= l && toks[after]!.q >= 0 && before >= 0 && toks[before]!.q >= 0) ||
    adjunctToEnd;
  const lead = before >= 0 && (punctAfter(before) || toks[before]!.q >= 0);
  const quoteBefore =
    np[0] === f &&
    np[0] > 0 &&
    toks[np[0] - 1]!.q >= 0 &&
    /^[ \t,\u2014-]*["\u201D]?[ \t,\u2014-]*$/.test(
      text.slice(quotes[toks[np[0] - 1]!.q]!.close + 1, toks[np[0]]!.start),
    ) &&
    !/[.!?]$/.test(text.slice(0, quotes[toks[np[0] - 1]!.q]!.close).trimEnd());
  // right after a closing quotation mark the clause reports that quote, whatever follows the verb
  const bq = before >= 0 ? toks[before]!.q : -1;
  const quoteAdjacent =
    quoteBefore ||
    (bq >= 0 &&
      /^[ \t,\u2014-]*$/.test(text.slice(quotes[bq]!.close + 1, toks[np[0]]!.start)) &&
      quotes[bq]!.close < toks[np[0]]!.start);
  const thatNext = after <= l && toks[after]!.lower === 'that';
  // "Holding a book, Beck said, “…”" and "Still, he said, officials …": the content follows the cue
  const proseBefore = before >= f && toks[before]!.q < 0;
  const quoteNext = proseBefore && after <= l && toks[after]!.q >= 0 && !quoteContinues(doc, after);
  // "The solution, she said, was simple": a verb after the cue has its subject before it, however short
  const subjectless =
    after <= l &&
    toks[after]!.q < 0 &&
    has(toks[after]!, 'Verb', 'Auxiliary', 'Copula', 'Modal') &&
    !has(toks[after]!, 'Gerund', 'Noun', 'Infinitive');
  const shortLead = proseBefore && before - f < 2 && after <= l && !subjectless;
  const backward = !quoteNext && !shortLead && (((lead || quoteBefore) && ends) || (quoteAdjacent && !thatNext));
  // "“QUOTE,” Pate told Breitbart News he would ...": the quote and the clause after it
  // ("“…,” Trump tweeted soon after the hearing ended": an adverb and a subordinator open an adjunct too)
  const adverbThenAdjunct =
    after < l &&
    has(toks[after]!, 'Adverb', 'Adjective') &&
    !has(toks[after]!, 'Noun') &&
    ADJUNCT_STARTERS.has(toks[after + 1]!.lower) &&
    !punctAfter(after);
  const clauseAfter =
    after <= l &&
    !ends &&
    !ADJUNCT_STARTERS.has(toks[after]!.lower) &&
    !has(toks[after]!, 'Preposition') &&
    !adverbThenAdjunct;
  return { mode: backward ? 'backward' : 'forward', alsoForward: backward && clauseAfter };
}

/** A speech verb with no subject before it: "“QUOTE,” said John Smith, a spokesman." or "Asked a voter: “…”". */
function invertedCue(doc: TokenDoc, k: number, v: number, e: number, verb: CueVerb): Cue {
  const { text, toks, first, last, punctAfter } = doc;
  const f = first(v);
  const l = last(v);
  // "“QUOTE,” said John Smith, a spokesman."
  const inv = nounPhraseForward(doc, e + 1);
  const before = k - 1;
  // "…, said he." inverts; "Jones, 36, a shop owner, said he heard shots" does not: a pronoun after the
  // verb is its inverted subject only where the clause ends with it
  const pronounOpensClause =
    inv !== undefined && has(toks[inv[0]]!, 'Pronoun') && inv[1] < l && !punctAfter(inv[1]) && toks[inv[1] + 1]!.q < 0;
  // "…, posted one-sided news and presented grim views": the object of a verb coordinated with another
  const coordinatedObject =
    inv !== undefined &&
    inv[1] + 2 <= l &&
    !punctAfter(inv[1]) &&
    /^(and|or)$/.test(toks[inv[1] + 1]!.lower) &&
    has(toks[inv[1] + 2]!, 'PastTense', 'PresentTense') &&
    !has(toks[inv[1] + 2]!, 'Noun');
  // "Asked a Pennsylvania Republican: “Is it just me …?”": opening the sentence, the verb's "recipient" is its
  // inverted speaker, handing over to a quotation
  const next = toks[e + 1];
  const askedBy =
    k === f && e > v && !!next && next.q >= 0 && /^\s*:\s*["\u201C]$/.test(text.slice(toks[e]!.end, next.start));
  if (askedBy) return { k, v, e: v, verb, np: [v + 1, e], mode: 'forward' };
  // "Said Ellis: “I don’t get the sense …”", "Added the senator, “…”": opening the sentence, the verb's
  // inverted subject hands over to a quotation
  const saidBy =
    k === f &&
    e === v &&
    !!inv &&
    inv[1] < l &&
    toks[inv[1] + 1]!.q >= 0 &&
    /^\s*[:,]\s*["\u201C]$/.test(text.slice(toks[inv[1]]!.end, toks[inv[1] + 1]!.start));
  if (saidBy) return { k, v, e: inv[1], verb, np: inv, mode: 'forward' };
  if (
    inv &&
    !pronounOpensClause &&
    !coordinatedObject &&
    (before < f || punctAfter(before) || toks[before]!.q >= 0 || before < 0)
  )
    return { k, v, e, verb, np: inv, mode: 'backward' };
  return { k, v, e, verb, mode: 'none' };
}

/**
 * Stage 2, after the subject is read (veto.appearance-bare, veto.appearance-object): "seem", "appear" and
 * "sound" report only a person or a body that seems, and only before "to", "that", "as", "like" or an
 * adjective; a subject that is neither makes a hedge the writer voices, which the claims mark (claim.appears-to),
 * and no sourcing phrase (veto.appearance-without-speaker).
 */
function appearanceVeto(doc: TokenDoc, cue: Cue, relative: boolean): string | undefined {
  const { toks, first, punctAfter } = doc;
  const { e } = cue;
  const f = first(cue.v);
  // "the decision appears to be": only a person or a body seems or appears as a source
  // "appeared to blame", "it seems that", "sounded like", "seemed unperturbed": not "appeared on MSNBC",
  // "appeared Tuesday", "appeared in court"
  const nw = toks[e + 1];
  if (!nw || punctAfter(e)) {
    return 'veto.appearance-bare';
  }
  if (!/^(to|that|as|like)$/.test(nw.lower) && !has(nw, 'Adjective', 'Adverb', 'Comparative')) {
    return 'veto.appearance-bare';
  }
  // "appears alongside Trump", "appeared briefly": an adverb only before what the subject seems ("seemed
  // genuinely surprised")
  if (has(nw, 'Adverb') && !has(nw, 'Adjective', 'Comparative')) {
    const n2 = toks[e + 2];
    if (!n2 || punctAfter(e + 1) || !(has(n2, 'Adjective') || /^(to|that|as|like)$/.test(n2.lower)))
      return 'veto.appearance-bare';
  }
  // the head: the last word before a connector ("the talks with Hamas" -> "talks")
  let h = cue.np ? cue.np[0] : -1;
  while (cue.np && h < cue.np[1] && !PHRASE_CONNECTORS.has(toks[h + 1]!.lower)) h++;
  const head = cue.np ? toks[h]! : undefined;
  const before = cue.np && cue.np[0] > f ? toks[cue.np[0] - 1]! : undefined;
  // "the decision to engage with Hamas appears": a name after a preposition is not the subject
  // ("And he seemed to", "in which he seemed to": a subject pronoun is never a preposition's object)
  const object =
    !!before &&
    (has(before, 'Preposition') || PHRASE_CONNECTORS.has(before.lower)) &&
    !(head && PERSONAL_SUBJECT.test(head.lower));
  // "a voter who seemed to be confused", "Cruz mentioned CNN and seemed to blame": marked, no speaker
  if (!head && (relative || cue.mode === 'participle')) {
    return 'veto.appearance-without-speaker';
  }
  if (!head || object) {
    return 'veto.appearance-object';
  }
  // "the new law appears to have hit": a hedge, but no one to attribute it to
  if (!(has(head, 'Person', 'Organization', 'ProperNoun') || PERSONAL_SUBJECT.test(head.lower))) {
    return 'veto.appearance-without-speaker';
  }
  return undefined;
}

/**
 * "It is not known whether …", "a ruling expected in coming weeks", "she is expected to argue": knowledge or an
 * expectation nobody in the sentence holds. The phrase ties the claim to a source (a sourcing phrase), but no
 * one is stated to have said anything; "Analysts expect that …" keeps its statement.
 */
function unheldView(doc: TokenDoc, v: number): boolean {
  const { toks, first, punctAfter } = doc;
  const t = toks[v]!;
  if (t.lower !== 'known' && t.lower !== 'expected') return false;
  let b = v - 1;
  while (b > first(v) && (has(toks[b]!, 'Adverb', 'Negative') || toks[b]!.lower === 'not') && !punctAfter(b)) b--;
  const before = b >= first(v) && !punctAfter(b) ? toks[b]! : undefined;
  if (!before) return false;
  if (BE.has(before.lower)) return true;
  // ("owners have known for a while": the owners know)
  if (t.lower === 'known') return /^[a-z]/.test(before.text) && has(before, 'Noun') && !has(before, 'Pronoun');
  // "a significant ruling expected in coming weeks": a participle after a singular common noun
  const next = toks[v + 1];
  return (
    /^[a-z]/.test(before.text) &&
    has(before, 'Noun') &&
    !has(before, 'Plural', 'Pronoun') &&
    !!next &&
    /^(to|in|on|by|at|later|next|soon|within|before|after)$/.test(next.lower)
  );
}

/**
 * Stage 2 (veto.subject-kind): a verb that is a cue after one kind of subject only (a plural noun, a name, a
 * document) and has another.
 */
function subjectKindVeto(doc: TokenDoc, cue: Cue, verb: CueVerb): string | undefined {
  const { toks } = doc;
  if (!(verb.pluralSubject || verb.namedSubject || verb.documentSubject)) return undefined;
  // verbs that are cues after one kind of subject only: the subject's last word decides
  const head = cue.np ? toks[cue.np[1]]! : undefined;
  if (!head) {
    return 'veto.subject-kind';
  }
  if (verb.documentSubject) {
    // the head: the last word before a connector ("a web video by the RNC" -> "video")
    let h = cue.np![0];
    while (h < cue.np![1] && !PHRASE_CONNECTORS.has(toks[h + 1]!.lower)) h++;
    // "“…,” it read.": after a quotation, a pronoun stands for the document (PolNeAR train: 7 of 7)
    const quoted = cue.mode === 'backward' && /^(it|one|another)$/.test(toks[h]!.lower);
    if (!DOCUMENT_SUBJECTS.has(toks[h]!.lower) && !quoted) {
      return 'veto.subject-kind';
    }
  }
  if (verb.pluralSubject && (!has(head, 'Plural') || has(head, 'Pronoun') || head.q >= 0)) {
    return 'veto.subject-kind';
  }
  // (a document speaks for its authors: "the report states", "the study estimated")
  if (
    verb.namedSubject &&
    !(has(head, 'Person', 'Organization', 'ProperNoun') || SUBJECT_PRONOUNS.has(head.lower)) &&
    !DOCUMENT_SUBJECTS.has(head.lower)
  ) {
    return 'veto.subject-kind';
  }
  return undefined;
}

/**
 * Stage 2 (veto.shown-quality): a person who "showed" or "has shown" a quality ("had shown bad judgment",
 * "showed restraint") displays it; only a clause ("showed that …") or a document would report anything.
 */
function shownVeto(doc: TokenDoc, cue: Cue): string | undefined {
  const { toks, last } = doc;
  if (cue.verb?.lemma !== 'show' || !cue.np || cue.mode !== 'forward') return undefined;
  const head = toks[cue.np[1]]!;
  if (!(has(head, 'Person') || PERSON_PRONOUNS.has(head.lower) || ROLE_NOUNS[head.lower] === 'person'))
    return undefined;
  const next = cue.e < last(cue.v) ? toks[cue.e + 1]! : undefined;
  if (!next || next.q >= 0 || next.lower === 'that' || has(next, 'Value')) return undefined;
  // "have shown they are willing to": a clause without "that" is a report ("showed restraint" is not)
  const subjectEnd = SUBJECT_PRONOUNS.has(next.lower) ? cue.e + 1 : nounPhraseForward(doc, cue.e + 1)?.[1];
  if (
    subjectEnd !== undefined &&
    subjectEnd < last(cue.v) &&
    !doc.punctAfter(subjectEnd) &&
    has(toks[subjectEnd + 1]!, 'Copula', 'Modal', 'Auxiliary')
  )
    return undefined;
  return 'veto.shown-quality';
}

/** Whether token i is a finite verb that can head a clause ("held", "were", "will"), not a participle of its own. */
function finiteVerbAt(doc: TokenDoc, i: number): boolean {
  const { toks, last, punctAfter } = doc;
  const w = toks[i]!;
  // (compromise splits "week’s" into "week" and an empty copula)
  if (w.q >= 0 || !/^[a-z]/i.test(w.text) || !has(w, 'Verb') || has(w, 'Gerund', 'Infinitive', 'Noun')) return false;
  if (has(w, 'Copula', 'Modal')) return true;
  // "a statement issued Monday", "an agreement needed to prevent": another reduced relative, not the main verb
  const after = i < last(i) && !punctAfter(i) ? toks[i + 1]! : undefined;
  return (
    has(w, 'PastTense') &&
    !!after &&
    !has(after, 'Preposition', 'Date') &&
    !/^(by|to)$/.test(after.lower) &&
    !DETERMINERS.has(toks[i - 1]!.lower) &&
    !has(toks[i - 1]!, 'Adjective', 'Possessive')
  );
}

/**
 * Stage 2 (veto.reduced-relative): a past participle right after a noun phrase, with no auxiliary, followed by a
 * preposition rather than an object or a clause, describes that noun ("the bomb found in the car held clues",
 * "youth admitted to the bureau of prisons were"): it is a modifier when the noun phrase is the object of a
 * preposition or a verb, or when a finite verb follows the prepositional phrases, the noun phrase's own verb.
 */
function reducedRelativeVeto(doc: TokenDoc, cue: Cue): string | undefined {
  const { toks, first, last, punctAfter, commaAfter } = doc;
  const { k, v, e, np } = cue;
  const t = toks[v]!;
  const f = first(v);
  const l = last(v);
  if (!np || cue.mode === 'participle' || k !== v || e !== v || np[1] !== v - 1 || v + 1 >= l || punctAfter(v))
    return undefined;
  if (!has(t, 'PastTense', 'Participle') || has(t, 'PresentTense')) return undefined;
  // a name or a pronoun is the subject of its verb ("Essid declared in an address"), not a thing described
  const head = toks[np[1]]!;
  // ("Omar asked for compassion": a lone capitalised word opening the sentence is taken for a name)
  if (
    has(head, 'Pronoun') ||
    (/^\p{Lu}/u.test(head.text) && (np[1] > f || np[0] === np[1])) ||
    RELATIVES.has(head.lower)
  )
    return undefined;
  // a preposition, not a clause opener ("after the meeting broke up") or an infinitive ("agreed to release")
  const isPrep = (w: Tok) =>
    w.q < 0 &&
    !/^(that|what|why|how|who|whom|whose|which|where|whether)$/.test(w.lower) &&
    !SUBORDINATORS.has(w.lower) &&
    (w.lower === 'to' || has(w, 'Preposition'));
  // ("said about half of the rise was": "about" before a quantity is "nearly")
  const opensPhrase = (i: number) =>
    i < l &&
    isPrep(toks[i]!) &&
    !punctAfter(i) &&
    !has(toks[i + 1]!, 'Verb') &&
    toks[i + 1]!.q < 0 &&
    !(MODIFIERS_1.has(toks[i]!.lower) && (has(toks[i + 1]!, 'Value') || toks[i + 1]!.lower === 'half'));
  if (!opensPhrase(v + 1)) return undefined;
  // "examined the bomb found in the car", "said in a statement emailed to NBC News": the object of a verb before
  // it, or of a preposition after that verb, in the same clause ("advocates in the community called for" has none)
  const before = np[0] > f && !punctAfter(np[0] - 1) ? toks[np[0] - 1]! : undefined;
  if (before && before.q < 0 && ((isPrep(before) && !has(before, 'Conjunction')) || has(before, 'Verb'))) {
    for (let b = np[0] - 1; b >= f && toks[b]!.q < 0; b--) {
      const w = toks[b]!;
      if (w.lower === 'that' || SUBORDINATORS.has(w.lower) || RELATIVES.has(w.lower)) break;
      // (a present tense after its subject: "children make up 70% of youth admitted to", not "as advocates in")
      const finite =
        has(w, 'PastTense') || (has(w, 'PresentTense') && b > f && has(toks[b - 1]!, 'Noun') && !punctAfter(b - 1));
      if (finite && !has(w, 'Noun', 'Participle', 'Auxiliary', 'Copula')) {
        // ("said the suspect admitted to …": a reporting verb's object opens its clause)
        if (b === np[0] - 1 && (!DETERMINERS.has(toks[np[0]]!.lower) || cueVerb(w.lower))) break;
        return 'veto.reduced-relative';
      }
      if (b > f && punctAfter(b - 1)) break;
    }
  }
  // past the prepositional phrases (and a comma-set "however") to the noun phrase's own verb
  let i = v + 1;
  for (let guard = 0; guard < 4 && opensPhrase(i); guard++) {
    const obj = nounPhraseForward(doc, i + 1);
    if (!obj) return undefined;
    i = obj[1] + 1;
    if (punctAfter(obj[1])) {
      if (!commaAfter(obj[1])) return undefined;
      let a = i;
      while (a <= l && a - i < 3 && !punctAfter(a) && has(toks[a]!, 'Adverb', 'Conjunction')) a++;
      if (a > l || !commaAfter(a) || !has(toks[a]!, 'Adverb', 'Conjunction')) return undefined;
      i = a + 1;
      break;
    }
  }
  return i <= l && !isPrep(toks[i]!) && finiteVerbAt(doc, i) ? 'veto.reduced-relative' : undefined;
}

/** Stage 2 (veto.belief-of-speaker): a belief the speaker of the cue before reports of themselves. */
function beliefOfSpeakerVeto(doc: TokenDoc, cue: Cue, verb: CueVerb, prevCue: Cue | undefined): string | undefined {
  const { toks } = doc;
  const v = cue.v;
  // "Clinton said she thinks …", "the White House has said it believes …": a belief the speaker reports
  // of themselves is part of what they said, not a second source
  if (verb.cls === 'belief' && cue.np && cue.np[0] === cue.np[1] && SUBJECT_PRONOUNS.has(toks[cue.np[0]]!.lower)) {
    let b = cue.np[0] - 1;
    while (
      b > (prevCue?.e ?? -1) &&
      (toks[b]!.lower === 'that' || has(toks[b]!, 'Date') || TIME_WORDS.has(toks[b]!.lower))
    )
      b--;
    if (prevCue && prevCue.verb?.cls === 'speech' && b === prevCue.e && toks[b]!.si === toks[v]!.si) {
      return 'veto.belief-of-speaker';
    }
  }
  return undefined;
}

/** A passive with an agent: "the move was first reported by MSNBC". */
interface Passive {
  agent: [number, number];
  subject: [number, number];
  cue: Span;
  /** The verb's lemma: "was denied by" denies. */
  lemma: string;
}

/** The cue's last token once its recipient is taken in: "told reporters", "told the Associated Press". */
function recipientEnd(doc: TokenDoc, v: number, verb: CueVerb, end: number): number {
  const { toks, first, last, punctAfter } = doc;
  const f = first(v);
  const l = last(v);
  const next = v < l ? toks[v + 1] : undefined;
  let e = end;
  if (RECIPIENT_VERBS.has(verb.lemma) && next && !punctAfter(v) && next.q < 0) {
    if (OBJECT_PRONOUNS.has(next.lower)) e = v + 1;
    else if (next.lower !== 'that' && isNounish(next) && !has(next, 'Pronoun')) {
      const np = nounPhraseForward(doc, v + 1, MAX_RECIPIENT);
      // "“…,” warned Clinton.": after a quotation, a name that ends the sentence is the speaker
      const inverted = !!np && np[1] === l && v - 1 >= f && toks[v - 1]!.q >= 0;
      if (np && !inverted) {
        // "told local television the search area would...": a second determiner opens the content
        e = np[1];
        // "told the jury Roof stood over her": a name after a common noun, with a verb after it, is the
        // content's subject (not "told the newspaper Haaretz that")
        const after = toks[np[1] + 1];
        const verbAfter =
          np[1] < l &&
          !!after &&
          has(after, 'PastTense', 'PresentTense', 'Auxiliary', 'Modal', 'Copula') &&
          !has(after, 'Noun', 'Gerund');
        for (let m = np[0] + 1; m <= np[1]; m++) {
          const nameAfterNoun =
            verbAfter &&
            /^\p{Lu}/u.test(toks[m]!.text) &&
            /^[a-z]/.test(toks[m - 1]!.text) &&
            has(toks[m - 1]!, 'Noun');
          if (['the', 'a', 'an'].includes(toks[m]!.lower) || nameAfterNoun) {
            e = m - 1;
            break;
          }
        }
      }
    }
  }
  return e;
}

/**
 * A passive reporting verb ("are believed to", "was told"): marked as a cue (cue.passive) unless it names a
 * thing settled; with an agent ("was first reported by MSNBC") the agent and subject are kept for the
 * statements stage. True when the verb at v is passive.
 */
function readPassive(
  doc: TokenDoc,
  v: number,
  k: number,
  verb: CueVerb,
  addSourcing: AddSourcing,
  passives: Passive[],
): boolean {
  const { toks, tokSpan, first, last, punctAfter } = doc;
  const f = first(v);
  const l = last(v);
  const t = toks[v]!;
  const next = v < l ? toks[v + 1] : undefined;
  // passive: "are believed to", "was told", "were asked", "is widely believed to"
  let p = v - 1;
  while (
    p >= f &&
    (isVerbPrefix(toks[p]!) || (/ly$/.test(toks[p]!.lower) && has(toks[p]!, 'Adverb'))) &&
    !isBe(toks[p]!) &&
    !punctAfter(p)
  )
    p--;
  const passive = p >= f && isBe(toks[p]!) && /(ed|wn|ld|ught|tten|id|ound|een)$/.test(t.lower) && !punctAfter(p);
  if (passive) {
    // "a figure had been agreed", "the deal was settled": a thing agreed on, no one speaking
    const cueing =
      (verb.cls === 'belief' || verb.cls === 'speech' || (verb.cls === 'stance' && STANCE_PASSIVE.has(verb.lemma))) &&
      !PASSIVE_NOT_CUES.has(verb.lemma);
    if (cueing) addSourcing(verb.cls === 'belief' ? 'belief' : 'cue', tokSpan(k, v), 'cue.passive');
    // "the move was first reported by MSNBC": the agent is the source, the subject what was said
    // ("the attacks were ordered by Putin": an act ordered is nothing said)
    if (next?.lower === 'by' && !punctAfter(v) && verb.cls !== 'belief' && cueing) {
      const agent = nounPhraseForward(doc, v + 2);
      const subject = p - 1 >= f && !punctAfter(p - 1) ? nounPhraseBack(doc, p - 1) : undefined;
      if (agent && subject) passives.push({ agent, subject, cue: tokSpan(k, v + 1), lemma: verb.lemma });
    }
    return true;
  }
  return false;
}

/**
 * An -ing form's cue when its subject is right before it: a name with an object after ("with Sen. John McCain
 * calling it"), an absolute clause after "with", or the document that shows (`shows`, -1 for none).
 */
function ingSubjectCue(doc: TokenDoc, k: number, v: number, e: number, verb: CueVerb, shows: number): Cue | undefined {
  const { toks, first, last, punctAfter } = doc;
  const f = first(v);
  const l = last(v);
  const prev = v > f ? toks[v - 1] : undefined;
  const next = v < l ? toks[v + 1] : undefined;
  const npBack = (j: number) => nounPhraseBack(doc, j);
  // "with Sen. John McCain calling it a “Chinese menu”": a name right before the -ing form is its subject
  // ("posted on Twitter accusing Big Machine": not the object of a preposition)
  const prevNp = prev !== undefined && !punctAfter(v - 1) ? npBack(v - 1) : undefined;
  const afterPreposition =
    prevNp !== undefined &&
    prevNp[0] > f &&
    has(toks[prevNp[0] - 1]!, 'Preposition') &&
    toks[prevNp[0] - 1]!.lower !== 'with' &&
    !punctAfter(prevNp[0] - 1);
  const named =
    prev !== undefined &&
    !punctAfter(v - 1) &&
    has(prev, 'Person', 'ProperNoun') &&
    prev.q < 0 &&
    !afterPreposition &&
    verb.cls !== 'evidence';
  // its object follows: a pronoun, a determiner or a name ("calling it", not "the Trump calling card")
  const object =
    next !== undefined &&
    (OBJECT_PRONOUNS.has(next.lower) || DETERMINERS.has(next.lower) || has(next, 'Person', 'ProperNoun'));
  // "with 30 percent of voters saying …", "with Trump calling for a ban": an absolute clause after
  // "with" has its subject right before the -ing form
  const withNp = !punctAfter(v - 1) && prev !== undefined && prev.q < 0 ? npBack(v - 1) : undefined;
  const absolute = !!withNp && withNp[0] - 1 >= f && toks[withNp[0] - 1]!.lower === 'with' && verb.cls !== 'evidence';
  // "a new poll showing Trump ahead", "ledgers showing he was paid": the document shows
  const np = (named && object) || absolute ? npBack(v - 1) : shows >= 0 ? (npBack(shows) ?? [shows, shows]) : undefined;
  return np ? { k, v, e, verb, np, mode: 'forward' } : undefined;
}

/** Object pronouns and the subject pronoun each stands for. */
const OBJECT_PRONOUN_SUBJECTS: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they', us: 'we' };

/**
 * The subject of the verb a "by saying" phrase hangs on ("Japan responded by saying"; "Bill Clinton claimed …,
 * Obama won his party's nomination by promising": Obama): the noun phrase before the nearest finite verb back
 * from "by", in its sentence.
 */
function byWordsSubject(doc: TokenDoc, by: number): [number, number] | undefined {
  const { toks, first } = doc;
  const f = first(by);
  for (let w = by - 1; w > f && by - w <= 30; w--) {
    const t = toks[w]!;
    if (t.q >= 0) return undefined;
    // ("on immigration issues", "his leadership plans": a word the tagger also reads as a noun is no verb here)
    if (!finiteWord(t) || has(t, 'Infinitive', 'Auxiliary', 'Modal', 'Copula', 'Plural')) continue;
    let s = w - 1;
    while (s > f && isVerbPrefix(toks[s]!)) s--;
    // ("Likud, which tried to rally support by saying": the relative pronoun, for the phrase before it)
    if (RELATIVES.has(toks[s]!.lower)) return [s, s];
    const np = nounPhraseBack(doc, s);
    // ("criticism on immigration issues by pointing", "to assert his leadership plans by saying": the object of a
    // preposition or a verb is no subject; read on back)
    if (np && np[0] > f && !doc.punctAfter(np[0] - 1) && has(toks[np[0] - 1]!, 'Preposition', 'Verb')) continue;
    // ("Barack Obama, the most popular Democrat in America, inserted himself … by warning": an apposition set off by
    // commas describes the name before it, which is the subject)
    if (np && doc.commaAfter(np[1])) {
      let a = np[0] - 1; // (past "the most" the phrase left out)
      while (a > f && !doc.commaAfter(a) && np[0] - a <= 3 && has(toks[a]!, 'Determiner', 'Adverb', 'Adjective')) a--;
      const named = a >= f && doc.commaAfter(a) ? nounPhraseBack(doc, a) : undefined;
      if (named && /^\p{Lu}/u.test(toks[named[1]]!.text)) return named;
    }
    return np;
  }
  return undefined;
}

/** Possessive pronouns and the subject pronoun each stands for. */
const POSSESSIVE_SUBJECTS: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they' };

/** "according to X" at token v: X past what the tagger made of a compound or a number before its noun. */
function accordingToCue(doc: TokenDoc, v: number): Cue {
  const { toks, last, punctAfter } = doc;
  const l = last(v);
  let np = nounPhraseForward(doc, v + 2);
  // "according to him": the pronoun stands for the speaker named before
  // ("according to her father" is the father)
  const alone = v + 2 === l || punctAfter(v + 2);
  if (!np && alone && toks[v + 2]!.q < 0 && Object.hasOwn(OBJECT_PRONOUN_SUBJECTS, toks[v + 2]!.lower))
    np = [v + 2, v + 2];
  // "according to exit polls": the tagger reads the first noun of a compound as a verb
  if (!np && v + 3 <= l && !punctAfter(v + 2) && toks[v + 2]!.q < 0 && isNounish(toks[v + 3]!)) {
    const rest = nounPhraseForward(doc, v + 3);
    if (rest) np = [v + 2, rest[1]];
  }
  // "according to a 2018 survey by …": after a number the tagger reads the head noun as a verb
  if (np && np[1] < l && !punctAfter(np[1]) && has(toks[np[1]]!, 'Value', 'Date')) {
    const h = toks[np[1] + 1]!;
    if (h.q < 0 && /^[a-z]/.test(h.text) && has(h, 'Infinitive') && !has(h, 'PastTense')) np = [np[0], np[1] + 1];
  }
  return { k: v, v, e: v + 1, np, mode: 'according', rule: 'cue.according-to' };
}

/** "citing two sources with direct knowledge" at token v: up to seven words or the first punctuation. */
function citingCue(doc: TokenDoc, v: number): Cue {
  const { toks, last, punctAfter } = doc;
  const l = last(v);
  let e = v;
  while (e < l && e - v < 7 && !punctAfter(e) && !['of', 'that', 'on', 'in', 'as'].includes(toks[e + 1]!.lower)) e++;
  return { k: v, v, e, mode: 'citing', rule: 'cue.citing' };
}

/** "Trump's claim that …", "the ministry's denial that …": the possessor's statement, its clause read forward. */
function possessorStatement(doc: TokenDoc, v: number): Cue | undefined {
  const { toks, first, last, punctAfter } = doc;
  const lemma = CLAIM_NOUNS[toks[v]!.lower];
  if (!lemma || v === first(v) || v >= last(v) || punctAfter(v) || toks[v + 1]!.lower !== 'that') return undefined;
  const owner = toks[v - 1]!;
  if (owner.q >= 0 || punctAfter(v - 1)) return undefined;
  const pronoun = Object.hasOwn(POSSESSIVE_SUBJECTS, owner.lower);
  if (!pronoun && !has(owner, 'Possessive') && !/['\u2019]s$/.test(owner.text)) return undefined;
  const np: [number, number] | undefined = pronoun ? [v - 1, v - 1] : nounPhraseBack(doc, v - 1);
  if (!np) return undefined;
  const verb = cueVerb(lemma) ?? { lemma, cls: 'speech' as const };
  return { k: v, v, e: v, verb, np, mode: 'forward', rule: 'cue.possessor-statement' };
}

/**
 * Every reporting phrase of the text, left to right: a verb (or phrase) from cues.ts, the vetoes that set it
 * aside, its recipient, its subject and how pass 2 reads its content (`mode`). Also the passives with an agent
 * ("was first reported by MSNBC") and the detached "in a statement" phrases.
 */
function findCues(
  doc: TokenDoc,
  mentionAt: (start: number, end: number) => Mention | undefined,
  addSourcing: AddSourcing,
  veto: (rule: string, v: number) => void,
) {
  const { toks, tokSpan, first, last, punctAfter } = doc;
  const statementPhrase = (k: number, l: number) => statementPhraseEnd(doc, k, l);
  /** "in a statement" phrases standing apart from a verb: token ranges, kept after pass 1 if no verb cues their sentence. */
  const statements: [number, number][] = [];

  // --- pass 1: cues and their speakers ------------------------------------------------------------
  const cues: Cue[] = [];
  const passives: Passive[] = [];
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    if (t.q >= 0) continue;
    const f = first(v);
    const l = last(v);
    const prev = v > f ? toks[v - 1] : undefined;
    const next = v < l ? toks[v + 1] : undefined;
    if (t.lower === 'according' && next?.lower === 'to') {
      addSourcing('according-to', tokSpan(v, v + 1), 'cue.according-to');
      cues.push(accordingToCue(doc, v));
      v++;
      continue;
    }
    if (t.lower === 'citing') {
      const cue = citingCue(doc, v);
      addSourcing('citing', tokSpan(v, cue.e), 'cue.citing');
      cues.push(cue);
      v = cue.e;
      continue;
    }
    // "Trump reportedly told aides": the claim rests on reports nobody is named for
    if (t.lower === 'reportedly') {
      addSourcing('report', tokSpan(v, v), 'cue.reportedly');
      continue;
    }
    // "in a statement" standing alone
    if (t.lower === 'in' && (prev === undefined || punctAfter(v - 1) || !cueVerb(prev.lower))) {
      const m = statementPhrase(v, l);
      if (m >= 0 && toks[m]!.lower === 'statement') statements.push([v, m]);
      continue;
    }
    const owned = possessorStatement(doc, v);
    if (owned) {
      addSourcing('cue', tokSpan(v, v), owned.rule!);
      cues.push(owned);
      continue;
    }
    const candidate = candidateVerb(doc, v);
    if (!candidate) continue;
    const { verb, pointOut, clearAt, docShows, docAt, putIt } = candidate;
    /** The document or poll noun an evidence verb follows ("Exit polling showed"), or -1. */
    const evidenceAt = verb.cls === 'evidence' ? evidenceBefore(doc, v, EVIDENCE_NOUNS) : -1;
    const vetoed = lexicalVeto(doc, v, verb, mentionAt) ?? nounReadingVeto(doc, v, verb, docShows, evidenceAt);
    if (vetoed) {
      veto(vetoed, v);
      continue;
    }
    const baseForm = t.lower === verb.lemma;
    // "to say" is mostly not a report ("hard to say", "the right to say"), but "went on to say" is
    const wentOn = afterGoOn(doc, v);
    let k = v;
    if (prev?.lower === 'first' && verb.lemma === 'report') k = v - 1;
    // "Sanders went on to say": one cue, its subject before "went"
    if (wentOn && baseForm && prev?.lower === 'to') k = v - 3;
    if (readPassive(doc, v, k, verb, addSourcing, passives)) continue;
    // "is thought to" is a belief cue; active "thought" rarely is (PolNeAR train: 29%)
    if (t.lower === 'thought') {
      veto('veto.active-thought', v);
      continue;
    }
    // the recipient: "told reporters", "told the Associated Press"
    let e = recipientEnd(doc, v, verb, pointOut || putIt ? v + 1 : clearAt >= 0 ? clearAt : docAt >= 0 ? docAt : v);
    // "said in a statement": one cue
    const sp = !punctAfter(e) ? statementPhrase(e + 1, l) : -1;
    if (sp >= 0) e = sp;
    const ing = toks[k]!.lower.endsWith('ing'); // "going on to say" counts as an -ing form
    // "Trump is once again questioning": a progressive tense, its subject before the auxiliary
    let pb = k - 1;
    while (pb > f && isVerbPrefix(toks[pb]!) && !isBe(toks[pb]!) && !punctAfter(pb)) pb--;
    const progressive = ing && pb >= f && isBe(toks[pb]!) && !punctAfter(pb);
    const callingFor = ing && verb.lemma === 'call' && !!next && /^(for|on|out)$/.test(next.lower);
    let cue: Cue;
    // "greeted supporters and told them that ...": the subject of the first verb
    const coordinated =
      prev !== undefined &&
      (((prev.lower === 'and' || prev.lower === 'but') && !punctAfter(v - 1)) || seriesVerb(doc, v)) &&
      !ing;
    // "While saying that ...", "By refusing to ...": a participle opening the sentence
    const opening =
      ing && v === f + 1 && /^(while|by|after|before|despite|without|since|in|when)$/.test(prev?.lower ?? '');
    // "Trump posted a series of tweets early Friday saying that …": the document's author says it
    const ofDocument = ing && verb.cls === 'speech' && documentBefore(doc, k);
    // "Japan responded by saying China should be careful", "appeared to assert his plans by saying, “…”": how the
    // subject of the clause acted, in words
    // (not inside a reported clause: "Devine said the campaign would win them over by arguing that …" is his)
    // ("Blige sings to Clinton before asking her, “…”", "He left after saying …": the same subject, in time)
    const byWords =
      ing &&
      verb.cls === 'speech' &&
      /^(by|before|after|while|when|without)$/.test(prev?.lower ?? '') &&
      !punctAfter(v - 1) &&
      !insideReportedClause(doc, cues, v);
    // "Police say he posed a threat and refused to drop the gun": a verb joined to the reported clause's own verb
    // is part of what was reported
    if (coordinated && stateOrAct(doc, verb, v) && prev?.lower === 'and' && insideReportedClause(doc, cues, v)) {
      veto('veto.verb-of-reported-clause', v);
      continue;
    }
    const byNp = byWords ? byWordsSubject(doc, v - 1) : undefined;
    if (byNp) {
      cue = { k, v, e, verb, np: byNp, mode: 'forward', byWords: true };
    } else if (
      (ing && (k === f || punctAfter(k - 1) || opening || ofDocument)) ||
      (coordinated && verb.cls !== 'evidence')
    ) {
      cue = { k, v, e, verb, mode: 'participle' };
    } else if (ing && !progressive) {
      const withSubject = ingSubjectCue(doc, k, v, e, verb, docShows ? evidenceAt : -1);
      // a bare -ing form inside a phrase ("the reporting") is not a cue; "calling for", "calling on"
      // is (PolNeAR train: 31 of 42)
      if (!withSubject && verb.cls !== 'speech' && !callingFor) {
        veto('veto.bare-ing', v);
        continue;
      }
      cue = withSubject ?? { k, v, e, verb, mode: 'none' };
    } else {
      cue = subjectCue(doc, k, v, e, verb, evidenceAt, ing);
    }
    // "the union, which endorsed Clinton": a relative pronoun is the subject, and stands for the phrase before
    // it (resolveSpeaker) ("voters who say …": a plural "say" too; PolNeAR train marks "who say" 10 times in 16)
    // ("Trump, who has called the pact “insanity”": through the auxiliaries; "who in 2010 said": a time)
    let rp = k - 1;
    while (rp > f && isVerbPrefix(toks[rp]!) && !punctAfter(rp)) rp--;
    let tp = rp;
    while (tp > f && rp - tp < 3 && (has(toks[tp]!, 'Date') || TIME_WORDS.has(toks[tp]!.lower)) && !punctAfter(tp))
      tp--;
    if (tp < rp && tp > f && PP_STARTERS.has(toks[tp]!.lower) && !punctAfter(tp)) tp--;
    if (tp < rp && RELATIVES.has(toks[tp]!.lower)) rp = tp;
    const relative = rp >= f && RELATIVES.has(toks[rp]!.lower) && !punctAfter(rp) && (!baseForm || t.lower === 'say');
    const relativeSpeaker =
      relative && (verb.cls === 'speech' || (verb.cls === 'belief' && !APPEARANCE_VERBS.has(verb.lemma)));
    if (relativeSpeaker && (!cue.np || cue.np[0] > rp))
      cue = { ...cue, np: [rp, rp], mode: cue.mode === 'none' ? 'forward' : cue.mode };
    if ((verb.cls !== 'speech' || baseForm) && !cue.np && cue.mode !== 'participle' && !relative && !callingFor) {
      veto('veto.no-speaker', v);
      continue;
    }
    if (APPEARANCE_VERBS.has(verb.lemma)) {
      const rule = appearanceVeto(doc, cue, relative);
      if (rule) {
        veto(rule, v);
        continue;
      }
      // "Trump seemed to suggest that …": the speech verb says what was said; "Trump seemed ready", "appeared to
      // have the stronger position": a position seen from outside, a sourcing phrase with no statement
      const said =
        cue.e + 2 < toks.length && toks[cue.e + 1]!.lower === 'to' ? cueVerb(toks[cue.e + 2]!.lower) : undefined;
      if (said?.cls === 'speech' && cue.mode === 'forward') cue = { ...cue, e: cue.e + 2, verb: said };
      else cue = { ...cue, mode: 'none' };
    } else if (unheldView(doc, v)) cue = { ...cue, mode: 'none' };
    const kindVeto =
      subjectKindVeto(doc, cue, verb) ??
      beliefOfSpeakerVeto(doc, cue, verb, cues[cues.length - 1]) ??
      shownVeto(doc, cue) ??
      reducedRelativeVeto(doc, cue);
    if (kindVeto) {
      veto(kindVeto, v);
      continue;
    }
    const kind: SourcingKind = verb.cls === 'belief' ? 'belief' : k < v && verb.lemma === 'report' ? 'report' : 'cue';
    cue.rule = candidate.nonResponse
      ? 'cue.non-response'
      : putIt
        ? 'cue.as-put-it'
        : pointOut
          ? 'cue.point-out'
          : docAt >= 0
            ? 'cue.document-act'
            : clearAt >= 0
              ? 'cue.made-clear'
              : docShows
                ? 'cue.evidence-shows'
                : 'cue.reporting-verb';
    addSourcing(kind, tokSpan(k, e), cue.rule);
    cues.push(cue);
    v = Math.max(v, e);
  }
  return { cues, passives, statements };
}

// ---------------------------------------------------------------------------------------------------
// Statements without a reporting verb

/**
 * "NAME: words" opening a paragraph: headlines ("Sanders: Clinton needs to …", "Poll: …") and
 * transcripts ("WALLACE: Let's start …"), also when the transcript's paragraphs open with a quotation
 * mark, and within a paragraph once a name has labelled a turn (see isColonLabel)
 */
function findColonSpeakers(
  doc: TokenDoc,
  known: (w: Tok) => boolean,
  isPlace: (label: string) => boolean,
  colonSpeakers: ColonSpeaker[],
): void {
  const { text, quotes, toks, span, gap } = doc;
  const colonLabels = new Set<string>();
  const firstBreak = text.indexOf('\n');
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const before = i === 0 ? text.slice(0, t.start) : text.slice(toks[i - 1]!.end, t.start);
    const startsParagraph = i === 0 || /\n\s*["\u201C]?\s*$/.test(before);
    const startsSentence = !startsParagraph && /[.?!\u2026]["\u201D]?\s+$/.test(before);
    if (!startsParagraph && !startsSentence) continue;
    // inside a quotation only when it opens the quotation or its paragraph ("WALLACE: …)
    if (t.q >= 0 && !/(?:^|\n)\s*["\u201C]\s*$/.test(text.slice(Math.max(quotes[t.q]!.open, t.start - 8), t.start)))
      continue;
    let j = i;
    while (j < toks.length && j - i < 6 && !/[:,.;!?]/.test(gap(j)) && toks[j]!.si === t.si) j++;
    if (j + 1 >= toks.length || !/^\s*:\s/.test(gap(j))) continue;
    const colonAt = text.indexOf(':', toks[j]!.end);
    if (colonAt < 0 || colonAt > toks[j + 1]!.start) continue;
    const words = toks.slice(i, j + 1);
    const headline = firstBreak < 0 || t.start < firstBreak;
    const place = headline ? 'headline' : startsParagraph ? 'paragraph' : 'sentence';
    const key = words
      .map((w) => w.text)
      .join(' ')
      .toLowerCase();
    // a dateline in capitals ("PERRIS: …", "JAKARTA: …"): a place the article names, which says nothing
    // ("Iran: …" in title case may stand for its government)
    if (words.every((w) => /^[A-Z][A-Z'\u2019.-]+$/.test(w.text)) && isPlace(key)) continue;
    // in the body, a place before a colon opens a dateline or a list ("New Delhi: …", "New Hampshire: Charlie
    // Arlinghaus, …"); only a headline's "Iran: …" speaks for a government
    // ("Washington/ New Delhi: …": places joined by a slash or "and" are one dateline)
    const label = text.slice(t.start, toks[j]!.end).toLowerCase();
    const places = label.split(/\s*(?:\/|&|\band\b)\s*/).filter(Boolean);
    if (place !== 'headline' && (isPlace(key) || (places.length > 1 && places.every(isPlace)))) continue;
    const seen = colonLabels.has(key);
    if (!seen && !isColonLabel(words, place, known)) continue;
    // the content: the rest of the paragraph, up to the next turn of a transcript
    let e = j + 1;
    while (e + 1 < toks.length && !text.slice(toks[e]!.end, toks[e + 1]!.start).includes('\n') && e - j < MAX_CONTENT) {
      if (/[.?!\u2026]["\u201D]?\s+$/.test(gap(e)) && /^\s*:\s/.test(gap(e + 1)) && /^[A-Z]/.test(toks[e + 1]!.text))
        break;
      e++;
    }
    if (e - j < 3) continue;
    colonLabels.add(key);
    // "CNN President On Trump: …", "Cruz On Immigration: …": the label's topic after a capitalised preposition
    // is not who speaks
    const topic = words.findIndex((w, n) => n > 0 && LABEL_TOPIC_WORDS.has(w.text));
    colonSpeakers.push({
      np: [i, topic > 0 ? i + topic - 1 : j],
      colon: span(colonAt, colonAt + 1),
      content: [j + 1, e],
    });
    i = e;
  }
}

/**
 * Pass 3: quotes that continue an attributed quote ("“A,” he said. “B.”"). A quotation and its continuations are
 * one statement, the attribution between them included ("A,” he said. “B"), as PolNeAR annotates it; the merged
 * statement replaces the first quote and its continuations in `attributions`.
 */
function continueQuotes(
  doc: TokenDoc,
  attributions: WorkingAttribution[],
  usedQuotes: Set<number>,
  signed: ReadonlySet<WorkingAttribution>,
  genderOf: (speaker: string) => Gender | null | undefined,
  trace: TraceEvent[] | undefined,
): void {
  const { text, quotes, span } = doc;
  const cueStarts = attributions.flatMap((a) => (a.cue ? [a.cue.start] : [])).sort((x, y) => x - y);
  const cueWithin = (a: number, b: number) => {
    const i = partitionPoint(cueStarts.length, (k) => cueStarts[k]! < a);
    return i < cueStarts.length && cueStarts[i]! < b;
  };
  const direct = attributions.filter((a) => a.direct).sort((a, b) => a.clauseEnd - b.clauseEnd);
  // "…, Burtless said. “Wages are behaving …”": a reported statement whose reporting clause closes its sentence
  const reported = attributions
    .filter((a) => !a.direct && a.cue !== undefined && a.cue.start > a.content.end)
    .sort((a, b) => a.clauseEnd - b.clauseEnd);
  let di = 0;
  let ri = 0;
  let lastDirect: (typeof attributions)[number] | undefined;
  let lastReported: (typeof attributions)[number] | undefined;
  const extra: typeof attributions = [];
  // a quotation and its continuations are one statement, the attribution between them included
  // ("“A,” he said. “B.”" -> "A,” he said. “B"), as PolNeAR annotates it
  const chainOf = new Map<(typeof attributions)[number], (typeof attributions)[number]>();
  const chainParts = new Map<(typeof attributions)[number], (typeof attributions)[number][]>();
  /** Quotation qi taken as `from`'s speaker going on in their own words: marked used, traced, its statement. */
  const continuation = (from: WorkingAttribution, qi: number): WorkingAttribution => {
    const q = quotes[qi]!;
    usedQuotes.add(qi);
    trace?.push({ rule: 'statement.continued-quote', span: span(q.start, q.end) });
    return {
      ...from,
      direct: true,
      content: span(q.start, q.end),
      cue: undefined,
      clauseEnd: q.close + 1,
      rule: 'statement.continued-quote',
    };
  };
  quotes.forEach((q, qi) => {
    while (di < direct.length && direct[di]!.clauseEnd <= q.open) lastDirect = direct[di++];
    while (ri < reported.length && reported[ri]!.clauseEnd <= q.open) lastReported = reported[ri++];
    if (usedQuotes.has(qi)) return;
    // the quotation opens the next sentence of the same paragraph, right after the reported statement's
    // clause: the same speaker goes on in their own words
    const r = lastReported;
    if (
      r &&
      (!lastDirect || lastDirect.clauseEnd < r.clauseEnd) &&
      /^[ \t]*\.?[ \t]*$/.test(text.slice(r.clauseEnd, q.open)) &&
      /\.[ \t]*$/.test(text.slice(r.clauseEnd - 1, q.open)) &&
      /^\p{Lu}/u.test(text.slice(q.start, q.start + 1)) &&
      !scareQuote(doc, qi)
    ) {
      lastDirect = continuation(r, qi);
      attributions.push(lastDirect);
      lastReported = undefined;
      return;
    }
    if (!lastDirect || signed.has(lastDirect)) return;
    const between = text.slice(lastDirect.clauseEnd, q.open);
    // '“…,” said Foreman, who has put out 20 applications. He worked in construction. “Eventually I think …”':
    // a sentence or two about the speaker, no one else speaking, and the speaker's next quotation opens a sentence
    const aboutSpeaker =
      between.length <= 400 &&
      !continuesStatement(between) &&
      /^\p{Lu}/u.test(text.slice(q.start, q.start + 1)) &&
      !scareQuote(doc, qi) &&
      !cueWithin(lastDirect.clauseEnd, q.open) &&
      speakerSentences(between, lastDirect.speaker, lastDirect.kind, genderOf(lastDirect.speaker));
    if (aboutSpeaker) {
      lastDirect = continuation(lastDirect, qi);
      attributions.push(lastDirect);
      return;
    }
    if (between.length > 400 || !continuesStatement(between)) return;
    // '"We lost." T-shirts appeared that said "We won."': a full stop closing the quotation ends its sentence
    const closed = /\.["\u201D]$/.test(text.slice(Math.max(0, lastDirect.clauseEnd - 2), lastDirect.clauseEnd));
    if (closed && /^\s*[A-Z]/.test(between)) return;
    const a = continuation(lastDirect, qi);
    const head = chainOf.get(lastDirect) ?? lastDirect;
    chainOf.set(a, head);
    const parts = chainParts.get(head);
    if (parts) parts.push(a);
    else chainParts.set(head, [a]);
    lastDirect = a;
  });
  // the merged statement replaces the first quote and its continuations: one statement, its quoted
  // halves in `parts` for display
  const merged = new Set<(typeof attributions)[number]>();
  for (const [head, parts] of chainParts) {
    const end = parts[parts.length - 1]!.content.end;
    if (end - head.content.start > 5000)
      extra.push(...parts); // too long to be one statement: keep the parts
    else {
      merged.add(head);
      extra.push({
        ...head,
        content: span(head.content.start, end),
        parts: [head.content, ...parts.map((x) => x.content)],
      });
    }
  }
  if (merged.size > 0) {
    let w = 0;
    for (const a of attributions) if (!merged.has(a)) attributions[w++] = a;
    attributions.length = w;
  }
  attributions.push(...extra);
}

/**
 * What kind of act a cue reports, and the token its reporting phrase starts at: "denied that X" denies X;
 * "declined to comment", "refused to say" and a negated verb ("did not say", "would not confirm", "never
 * revealed", "did not deny") state nothing.
 */
/**
 * The negation before the verb at token k, within four words and past auxiliaries and -ly adverbs ("did not say",
 * "did not immediately respond", "hasn't answered", "never returned"), or -1.
 */
function negationBefore(doc: TokenDoc, k: number): number {
  const { toks, first, punctAfter } = doc;
  let negation = -1;
  for (let b = k - 1; b >= first(k) && k - b <= 4 && !punctAfter(b) && toks[b]!.q < 0; b--) {
    const w = toks[b]!;
    if (NEGATIONS.has(w.lower) || /n['\u2019]t$/.test(w.lower) || (w.text === '' && has(w, 'Negative'))) negation = b;
    // "did not immediately respond", "has not publicly commented"
    else if (!isVerbPrefix(w) && !(/ly$/.test(w.lower) && has(w, 'Adverb'))) break;
  }
  return negation;
}

function actOfCue(doc: TokenDoc, cue: Cue): { act: AttributionAct; from: number; negated: boolean } {
  const { toks, first, last, punctAfter } = doc;
  const { k, e, verb } = cue;
  const plain = { act: 'assert' as const, from: k, negated: false };
  if (!verb || cue.mode === 'according' || cue.mode === 'citing') return plain;
  // (cue.non-response: "ignored a request for comment" refuses by itself)
  if (verb.lemma === 'ignore' && cue.rule === 'cue.non-response') return { act: 'decline', from: k, negated: true };
  const negation = negationBefore(doc, k);
  if (negation >= 0) {
    // a belief stays a belief ("does not believe that X" reports what they hold)
    if (verb.cls === 'belief' || verb.cls === 'evidence') return plain;
    // "did not say": the auxiliary opens the phrase ("did" + an empty Negative token from "didn't")
    let from = negation;
    while (from - 1 >= first(k) && k - from < 4 && isVerbPrefix(toks[from - 1]!) && !punctAfter(from - 1)) from--;
    const withheld = WITHHELD_SPEECH.has(verb.lemma) || cue.rule === 'cue.non-response';
    return { act: withheld ? 'decline' : 'assert', from, negated: true };
  }
  if (REFUSAL_VERBS.has(verb.lemma)) {
    // "declined to comment", "refused to publicly discuss", "declined comment"
    let n = e + 1;
    if (toks[n]?.lower === 'to' && !punctAfter(e)) n++;
    while (n <= last(k) && ((/ly$/.test(toks[n]!.lower) && has(toks[n]!, 'Adverb')) || toks[n]!.lower === 'further'))
      n++;
    let w = n <= last(k) ? toks[n]! : undefined;
    // "declined to be interviewed", "refused to be quoted"
    if (w?.lower === 'be' && n + 1 <= last(k) && /^(interviewed|quoted|named|identified)$/.test(toks[n + 1]!.lower))
      w = toks[n + 1];
    // (a stance refused is withheld too: "declined to endorse him", "refused to condemn the attack")
    const speech =
      !!w &&
      (WITHHELD_SPEECH.has(w.lower) ||
        cueVerb(w.lower) !== undefined ||
        /^(comments|interviewed|quoted|named|identified)$/.test(w.lower));
    return { act: speech ? 'decline' : 'assert', from: k, negated: true };
  }
  // "rejected the request": opposing what was asked for is a stance, not saying that something is not so
  if (DENIAL_VERBS.has(verb.lemma) && !refusedThing(doc, cue)) return { act: 'deny', from: k, negated: false };
  return plain;
}

// ---------------------------------------------------------------------------------------------------
// Pass 2 (stage 4): contents

/** What pass 2 needs from findAttributions: where statements go, quotation contents, speakers. */
interface ContentSink {
  push: Push;
  quoteContent: (qi: number) => Span;
  resolve: (i: number, j: number) => SpeakerInfo | undefined;
  /** The statements so far (", saying" takes the speaker of the statement it hangs on). */
  attributions: readonly WorkingAttribution[];
  /** Quotations already used as a content (a clause that runs into one uses it). */
  usedQuotes: Set<number>;
  /** A veto rule set a statement aside (recorded for --explain). */
  veto?: (rule: string, v: number) => void;
}

/** A cue's clause as its content is read: the cue, its visible span, its act, the last token content may reach. */
interface ClauseContext {
  cue: Cue;
  cueSpan: Span;
  act: { act: AttributionAct; negated: boolean };
  limit: number;
  /** The rule that set `limit` short of the sentence's end, if one did (content.fronted-clause). */
  limitRule?: string;
}

/**
 * The content after a cue, from token `from`: a quotation after a colon (content.quote-after-colon), a
 * quotation that is the whole rest of the clause (content.quote-after), or the clause itself, after "that"
 * and adverbials (content.clause-after).
 */
function readForward(
  doc: TokenDoc,
  sink: ContentSink,
  clause: ClauseContext,
  from: number,
  who: SpeakerInfo | undefined,
): void {
  const { text, quotes, toks, span, tokSpan, quoteEndsSentence, punctAfter } = doc;
  const { push, quoteContent, usedQuotes } = sink;
  const { cueSpan, act, limit } = clause;
  const { v, e } = clause.cue;
  const skipAdverbials = (k: number, l: number) => adverbialsEnd(doc, k, l);
  const trimContent = (a: number, b: number) => trimmedContent(doc, a, b);
  /** A quotation after a colon that ends the cue's clause ("Cruz continued: “…”"). */
  const quoteAfterColon = (qi: number) =>
    push('content.quote-after-colon', who, quoteContent(qi), true, cueSpan, toks[v]!.si, quotes[qi]!.close + 1, act);
  let a = from;
  if (a > limit) {
    // "Cruz continued:" and the quote opens the next sentence or paragraph
    const nt = toks[a];
    if (nt && nt.q >= 0 && /^\s*:\s*$/.test(text.slice(toks[e]!.end, quotes[nt.q]!.open))) quoteAfterColon(nt.q);
    else
      for (const item of listAfterColon(text, toks[e]!.end))
        push('content.colon-list', who, item, false, cueSpan, toks[v]!.si, item.end, act);
    return;
  }
  // "answered that rhetorical question: “Nobody cares.”": a phrase naming what follows the colon
  for (let m = a; m < limit && m - a < 6 && toks[m]!.q < 0 && !has(toks[m]!, 'Verb'); m++) {
    const nt = toks[m + 1]!;
    if (nt.q >= 0 && /^\s*:\s*$/.test(text.slice(toks[m]!.end, quotes[nt.q]!.open))) {
      quoteAfterColon(nt.q);
      return;
    }
    if (punctAfter(m)) break;
  }
  // "said on Wednesday that ...": content after "that"
  // ("called for sanctions against the companies that fund …": after a verb of asking and "for", what is asked for
  // is a noun phrase and a "that" after its noun opens a relative clause; "said for the first time that …" and
  // "wrote for The Washington Informer that …" are not asking; "has called for years that …" names a time)
  let askedFor = toks[a]?.lower === 'for' && a === from && ASKING_VERBS.has(clause.cue.verb?.lemma ?? '');
  for (let m = a; m <= Math.min(limit, a + MAX_THAT_LOOKAHEAD); m++) {
    if (askedFor && (has(toks[m]!, 'Date', 'Duration') || TIME_WORDS.has(toks[m]!.lower))) askedFor = false;
    if (toks[m]!.lower === 'that' && toks[m]!.q < 0 && !(askedFor && m > a + 1 && isNounish(toks[m - 1]!))) {
      a = m + 1;
      break;
    }
    // "issued a statement on Monday saying that …": the participle carries the document's words on
    const carries = /ing$/.test(toks[m]!.lower) && cueVerb(toks[m]!.lower)?.cls === 'speech';
    // "said in a statement emailed to NBC News that …": a participle describing the cue's last noun
    const describes =
      m === from &&
      m > 0 &&
      isNounish(toks[m - 1]!) &&
      has(toks[m]!, 'PastTense', 'Participle') &&
      !has(toks[m]!, 'PresentTense') &&
      m < limit &&
      (toks[m + 1]!.lower === 'to' || has(toks[m + 1]!, 'Preposition'));
    if (has(toks[m]!, 'Verb') && !has(toks[m]!, 'Noun') && !carries && !describes) break;
  }
  if (a === from) a = skipAdverbials(from, limit);
  if (a > limit) return;
  const t = toks[a]!;
  if (t.q >= 0 && (a === from || text.slice(toks[a - 1]!.end, quotes[t.q]!.open).trim().length <= 1)) {
    const q = quotes[t.q]!;
    const clauseEnd = toks[limit]!.end;
    // (or the quotation ends the sentence the splitter ran on: '“Who cares?” Another voter…')
    let ql = a;
    while (ql < limit && !quoteEndsSentence(ql)) ql++;
    const endsSentence = quoteEndsSentence(ql) && toks[ql]!.q === t.q && toks[ql + 1]!.q !== t.q;
    // (not a pairing that runs over a sentence end: '"We lost." T-shirts … said "We won."')
    const overrun = (quoteEndsSentence(ql) && toks[ql + 1]!.q === t.q) || q.close > toks[doc.last(a)]!.end + 2;
    // ('chanted "What curfew?" and kept going', 'said “…” before he left': a whole utterance right after the verb,
    // the clause going on with a verb of its own or an adverbial clause; not 'said "the economy" was weak')
    let n = a;
    while (n < limit && toks[n + 1]!.q === t.q) n++;
    const next = n < limit ? toks[n + 1] : undefined;
    const inner = text.slice(q.open + 1, q.close).trim();
    const utterance = /[.?!,]$/.test(inner) || inner.split(/\s+/).length >= 4;
    const goesOn =
      !!next &&
      utterance &&
      (TRAILING_SUBORDINATORS.has(next.lower) ||
        (/^(and|but)$/.test(next.lower) && n + 2 <= limit && finiteWord(toks[n + 2]!)));
    if (
      q.open >= toks[e]!.end &&
      !overrun &&
      (q.close + 1 >= clauseEnd - 1 || endsSentence || (a === from && goesOn))
    ) {
      push('content.quote-after', who, quoteContent(t.q), true, cueSpan, toks[v]!.si, q.close + 1, act);
      return;
    }
  }
  // "Cruz called them on it:" and the quote follows
  const after = toks[limit + 1];
  if (after && after.q >= 0 && /:\s*$/.test(text.slice(toks[limit]!.end, quotes[after.q]!.open))) {
    quoteAfterColon(after.q);
    return;
  }
  let b = limit;
  let rule = clause.limitRule ?? 'content.clause-after';
  for (let m = a; m < limit; m++) {
    if (quoteEndsSentence(m)) {
      rule = 'content.clause-after';
      b = m;
      break;
    }
  }
  // "proposed refinancing student loans and forcing universities to pay": a gerund object runs on through the
  // gerunds coordinated with it
  const gerundObject = /ing$/.test(toks[a]!.lower) && has(toks[a]!, 'Gerund') && toks[a]!.q < 0;
  for (let m = a + 1; m <= b; m++) {
    const w = toks[m]!.lower;
    const nx = m + 1 <= limit ? toks[m + 1]! : undefined;
    // ("and tell her he was going to …": a verb that is a cue only after a plural noun shares the clause's subject)
    const nextCue = w === 'and' && nx ? cueVerb(nx.lower) : undefined;
    const cut =
      (w === 'and' && !gerundObject && nx && /ing$/.test(nx.lower) && has(nx, 'Verb', 'Gerund') && nx.q < 0) ||
      (!!nextCue &&
        !nextCue.pluralSubject &&
        has(nx!, 'PastTense', 'PresentTense') &&
        !bareNounAfterAnd(doc, m + 1, nx!.lower === nextCue.lemma) &&
        !(stateOrAct(doc, nextCue, m + 1) && ownClause(doc, a, m)));
    if (cut) {
      b = m - 1;
      rule = 'content.clause-after';
      break;
    }
  }
  // "Kamin, who emphasized that …, spoke on Monday": a relative clause's content ends with the clause
  b = relativeClauseEnd(doc, clause.cue, a, b);
  // "attacked Machado in early-morning tweets": a reported phrase ends before its adjuncts
  // (not a clause after "that"; an adverbial clause ends only the object of a verb that reports one)
  const objectVerb = !!clause.cue.verb && NOUN_OBJECT_REPORTING.has(clause.cue.verb.lemma);
  const adjunct = a > from && toks[a - 1]!.lower === 'that' ? undefined : trailingAdjunctEnd(doc, a, b, objectVerb);
  if (adjunct !== undefined && adjunct >= a) {
    b = adjunct;
    rule = 'content.trailing-adjunct';
  }
  // "praised the plan, which includes …", "promised a veto and attempted …": a noun phrase ends before the writer's
  // description of it and before the speaker's next act
  const objectEnd = objectVerb && !(a > from && toks[a - 1]!.lower === 'that') ? nounObjectEnd(doc, a, b) : undefined;
  if (objectEnd !== undefined && objectEnd >= a) {
    b = objectEnd;
    rule = 'content.noun-object-end';
  }
  const r = trimContent(a, b);
  if (!r) return;
  let content = tokSpan(r[0], r[1]);
  // the clause ends inside a quotation the sentence splitter cut short: run to the quote's end
  const lq = toks[r[1]]!.q;
  if (lq >= 0 && quotes[lq]!.end > content.end && quotes[lq]!.end - content.end < 2000)
    content = span(content.start, quotes[lq]!.end);
  // after a verb that asserts (not a denial or a refusal), what follows may not be what was said
  const lemma = clause.cue.verb?.lemma;
  const vetoed = lemma && act.act === 'assert' && !act.negated ? objectVeto(doc, lemma, r[0], r[1]) : undefined;
  if (vetoed) {
    sink.veto?.(vetoed, v);
    return;
  }
  for (let m = r[0]; m <= r[1]; m++) if (toks[m]!.q >= 0) usedQuotes.add(toks[m]!.q);
  const np = clause.cue.np;
  const relative = np !== undefined && np[0] === np[1] && RELATIVES.has(toks[np[0]]!.lower);
  if (relative && rule === 'content.clause-after') rule = 'content.relative-clause';
  push(rule, who, content, false, cueSpan, toks[v]!.si, content.end, act);
}

/**
 * Where a reported noun phrase (tokens a..b, no finite verb) ends: before a comma or dash opening a relative clause,
 * a "but" clause, an "and" clause with its own subject or a participle ("the reality of climate change, which makes
 * him an outlier", "the crowd, and Obama won the room", "the matter, treating it as …"), or before "and" with a finite
 * verb ("a veto and attempted to make the case"); undefined for a clause.
 */
function nounObjectEnd(doc: TokenDoc, a: number, b: number): number | undefined {
  const { toks, commaAfter } = doc;
  const t = toks[a]!;
  // (nor a clause: "described how, growing up, he …")
  if (t.q >= 0 || t.lower === 'to' || (has(t, 'Verb') && !has(t, 'Noun')) || SUBJECT_PRONOUNS.has(t.lower))
    return undefined;
  if (/^(how|what|why|whether|if|when|where|who)$/.test(t.lower)) return undefined;
  const finite = (w: Tok) =>
    has(w, 'PresentTense', 'Modal', 'Copula', 'Auxiliary') || (has(w, 'PastTense') && !has(w, 'Participle'));
  for (let m = a; m < b; m++) {
    const w = toks[m]!;
    if (w.q >= 0) return undefined;
    if (m > a && finite(w) && !has(w, 'Noun', 'Adjective')) return undefined;
    const nx = toks[m + 1]!;
    if (nx.q >= 0) continue;
    const after = toks[m + 2];
    if (
      nx.lower === 'and' &&
      !commaAfter(m) &&
      after &&
      m + 2 <= b &&
      after.q < 0 &&
      has(after, 'PastTense') &&
      !has(after, 'Noun', 'Adjective', 'Participle')
    )
      return m;
    if (!commaAfter(m)) continue;
    // ("accused Rafael Cruz, who was born in Cuba, of associating with …": the object goes on after the clause)
    const resumes = () => {
      for (let k = m + 2; k < b; k++) if (commaAfter(k)) return has(toks[k + 1]!, 'Preposition');
      return false;
    };
    if ((/^(which|who|whom|whose|but)$/.test(nx.lower) || /[\u2014\u2013]|--/.test(doc.gap(m))) && !resumes()) return m;
    // "thanked the crowd, and Obama won the room": a comma and a conjunction before a subject and its verb open a
    // clause of the writer's
    if (/^(and|while|yet)$/.test(nx.lower)) {
      let k = m + 2;
      // (the empty copula compromise splits off "Clinton’s" is the possessive's, no verb)
      while (k < b && k - m <= 6 && (toks[k]!.text === '' || (isNounish(toks[k]!) && !finite(toks[k]!)))) k++;
      // ("and Hillary Clinton's presidential campaign": after a possessive or a modifier the word is the noun)
      const verb = toks[k]!;
      if (
        k > m + 2 &&
        k <= b &&
        finite(verb) &&
        !has(verb, 'Noun', 'Adjective') &&
        !has(toks[k - 1]!, 'Possessive', 'Adjective')
      )
        return m;
    }
    // ("dynamics across the country, including …" lists what the phrase holds)
    if (/ing$/.test(nx.lower) && has(nx, 'Gerund') && nx.lower !== 'including') return m;
  }
  return undefined;
}

/**
 * The cue verb at v, after "and", names a state or an act rather than something said or judged: a belief or finding
 * ("and thought of the days", "and found a man bleeding") or a refusal of an act ("and refused to drop the gun").
 */
function stateOrAct(doc: TokenDoc, verb: CueVerb, v: number): boolean {
  // (active "thought" is no cue of its own: veto.active-thought)
  if (doc.toks[v]!.lower === 'thought') return true;
  if (verb.cls === 'belief' || verb.cls === 'evidence') return !clauseFollows(doc, v);
  return REFUSAL_VERBS.has(verb.lemma) && !WITHHELD_SPEECH.has(doc.toks[v + 2]?.lower ?? '');
}

/** A clause of its own follows the verb at v: "suspected immediately that …", "thought many people would …". */
function clauseFollows(doc: TokenDoc, v: number): boolean {
  const { toks, punctAfter } = doc;
  let k = v + 1;
  while (k < toks.length && has(toks[k]!, 'Adverb') && !punctAfter(k - 1)) k++;
  if (toks[k]?.lower === 'that') return true;
  for (let j = k; j < toks.length && j <= k + 4 && !punctAfter(j - 1); j++) {
    const w = toks[j]!;
    if (has(w, 'Preposition')) return false;
    if (j > k && finiteWord(w)) return true;
  }
  return false;
}

/** Token v (after "and") follows the clause a forward cue before it in the sentence reports ("say he posed a threat"). */
function insideReportedClause(doc: TokenDoc, cues: readonly Cue[], v: number): boolean {
  const c = cues.findLast((x) => doc.toks[x.v]!.si === doc.toks[v]!.si && x.e < v);
  if (c?.mode !== 'forward') return false;
  const a = doc.toks[c.e + 1]?.lower === 'that' ? c.e + 2 : c.e + 1;
  return a < v - 1 && ownClause(doc, a, v - 1);
}

/** A word that is a finite verb outside quotation marks: past or present, a modal or a copula, with no other reading. */
function finiteWord(t: Tok): boolean {
  return (
    t.q < 0 &&
    has(t, 'PastTense', 'PresentTense', 'Modal', 'Copula') &&
    !has(t, 'Gerund', 'Participle', 'Noun', 'Adjective')
  );
}

/** Tokens a..m-1 open with a subject and hold its finite verb: a clause of its own ("he posed a threat"). */
function ownClause(doc: TokenDoc, a: number, m: number): boolean {
  const { toks } = doc;
  if (toks[a]!.lower === 'to' || (has(toks[a]!, 'Verb') && !has(toks[a]!, 'Noun', 'Pronoun'))) return false;
  for (let k = a + 1; k < m; k++) if (finiteWord(toks[k]!)) return true;
  return false;
}

/**
 * Where the content of a cue in a relative clause set off by commas ends: before the comma that gives the
 * sentence back to its own verb ("Kamin, who emphasized that the plan is simple, spoke on Monday").
 */
function relativeClauseEnd(doc: TokenDoc, cue: Cue, a: number, b: number): number {
  const { toks, commaAfter } = doc;
  const r = cue.np?.[0];
  if (r === undefined || cue.np![1] !== r || !RELATIVES.has(toks[r]!.lower) || r === 0) return b;
  // "Smith, who said X, left" or "Smith, a senator who said X, left": a clause set off by commas
  const antecedent = commaAfter(r - 1) ? undefined : relativeAntecedent(doc, r);
  if (!commaAfter(r - 1) && !(antecedent && antecedent[0] > 0 && commaAfter(antecedent[0] - 1))) return b;
  for (let m = a; m < b; m++) {
    // ("…, nevertheless played down"): past adverbs to the main clause's verb
    let k = m + 1;
    while (k < b && has(toks[k]!, 'Adverb', 'Expression') && !has(toks[k]!, 'Verb')) k++;
    const nx = toks[k]!;
    if (commaAfter(m) && nx.q < 0 && has(nx, 'Verb', 'Auxiliary', 'Copula', 'Modal') && !has(nx, 'Gerund', 'Noun'))
      return m;
  }
  return b;
}

/**
 * The veto for a reporting verb's object (tokens a..b) that is not what was said: a phrase opened by a
 * preposition after "asked for", "pushed for" (content.prepositional-object; "called for", "talked about" keep
 * theirs), or a bare noun phrase after a verb that does not take one as its message, "said nothing new"
 * (content.noun-object; "called him a liar", "denied the report" do).
 */
function objectVeto(doc: TokenDoc, lemma: string, a: number, b: number): string | undefined {
  const first = doc.toks[a]!;
  // ("research cited by its president": an agent after a participle is who did it, never what was said)
  if (has(first, 'Preposition') && (NOT_CONTENT_PREPOSITIONS.has(`${lemma} ${first.lower}`) || first.lower === 'by'))
    return 'content.prepositional-object';
  if (!NOUN_OBJECT_REPORTING.has(lemma) && first.lower !== 'to' && verbless(doc, a, b)) return 'content.noun-object';
  // "Officers questioned them", "praised him": a lone pronoun is whom it was about, never what was said ("called
  // him a liar", "accused him of bullying" say something)
  if (a === b && OBJECT_PRONOUNS.has(first.lower)) return 'content.noun-object';
  return undefined;
}

/** No verb and no quoted word among tokens a..b: a phrase, not a clause. */
function verbless(doc: TokenDoc, a: number, b: number): boolean {
  return !doc.toks.slice(a, b + 1).some((w) => w.q >= 0 || has(w, 'Verb'));
}

/** A list item: a line of its own, short, with no sentence end (bullet points lose their markers in text). */
const LIST_ITEM = /^[^\n]{12,300}$/;
const SENTENCE_END = /[.!?…"”’')]$/;
const MAX_LIST_ITEMS = 12;

/**
 * "President Obama also said:" closing its paragraph, then a bulleted list: each item that follows is one
 * statement (content.colon-list). Items are lines without a sentence end, two at least; the list stops at the
 * first line that reads as prose.
 */
function listAfterColon(text: string, from: number): Span[] {
  const head = /^[ \t]*:[ \t]*\n/.exec(text.slice(from, from + 8));
  if (!head) return [];
  const items: Span[] = [];
  let at = from + head[0].length;
  while (items.length < MAX_LIST_ITEMS) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end).trim();
    if (!LIST_ITEM.test(line) || SENTENCE_END.test(line) || !/^[A-Z0-9“"]/.test(line)) break;
    const start = at + text.slice(at, end).indexOf(line);
    items.push({ start, end: start + line.length, text: line });
    if (nl < 0) break;
    at = nl + 1;
  }
  return items.length >= 2 ? items : [];
}

/**
 * A verb in the middle of a series that shares its subject ("he asked about X, called Omar a “terrorist” and said
 * …"): after a comma, the clause before it holds a finite verb (no relative pronoun or participle opening it), and
 * "and" or "but" with a verb follows before the sentence ends. Not "Smith, 52, said" (no verb before) nor "The man,
 * who lives there, said" (a relative clause).
 */
function seriesVerb(doc: TokenDoc, v: number): boolean {
  const { toks, gap, first, last } = doc;
  const t = toks[v]!;
  if (v === first(v) || !has(t, 'PastTense') || has(t, 'Noun', 'Participle')) return false;
  if (!/^[^\S\n]*,[^\S\n]*$/.test(gap(v - 1))) return false;
  // "and said", "and called" later in the sentence closes the series
  let closes = false;
  for (let m = v + 1; m < last(v) && m - v <= 25; m++) {
    const w = toks[m]!;
    if (
      w.q < 0 &&
      (w.lower === 'and' || w.lower === 'but') &&
      has(toks[m + 1]!, 'PastTense') &&
      !has(toks[m + 1]!, 'Noun')
    ) {
      closes = true;
      break;
    }
  }
  if (!closes) return false;
  // the clause before the comma: a finite verb of its own, back to the previous comma or the sentence start
  for (let m = v - 1; m >= first(v); m--) {
    const w = toks[m]!;
    if (RELATIVES.has(w.lower) || w.lower === 'that') return false;
    if (has(w, 'PastTense', 'PresentTense') && !has(w, 'Noun', 'Gerund', 'Participle', 'Adjective')) return true;
    if (m < v - 1 && /,/.test(gap(m))) return false;
  }
  return false;
}

/**
 * Who speaks a participle clause (", saying ..."): the speaker of the attribution before it in the sentence,
 * else the subject of the clause it hangs on; when the participle opens the sentence ("While saying that ...,
 * the actor explained"), the subject after it, and `clauseEnd`, where the participle's clause stops.
 */
function participleSpeaker(
  doc: TokenDoc,
  sink: ContentSink,
  cue: Cue,
): { who: SpeakerInfo | undefined; clauseEnd: number | undefined } {
  const { toks, gap, first, last, punctAfter, commaAfter } = doc;
  const { resolve, attributions } = sink;
  const { v } = cue;
  const f = first(v);
  const l = last(v);
  const npForward = (i: number, max = MAX_NP) => nounPhraseForward(doc, i, max);
  let clauseEnd: number | undefined;
  const prevA = attributions[attributions.length - 1];
  let who: SpeakerInfo | undefined;
  if (prevA && prevA.si === toks[v]!.si) {
    who = {
      speaker: prevA.speaker,
      anonymous: prevA.anonymous,
      source: prevA.source!,
      kind: prevA.kind,
      named: prevA.named,
    };
  } else {
    // "After the column ran, two Democratic speechwriters implored her to bring it back, arguing that …": the
    // subject of the finite verb the participle's clause hangs on
    // (an -ing form after a comma; not a verb in a series, "Arnold, who helped found EDGE, a group based …, said")
    const hung = v - 1 > f && commaAfter(v - 1) && /ing$/.test(toks[v]!.lower) ? byWordsSubject(doc, v - 1) : undefined;
    // (not a subject set off from its verb, "Kirk, who faces a battle in his home state, rescinded", nor one inside
    // a "that" clause, "an admission that Russian soldiers had fought …, saying")
    const plain =
      !!hung && hung[1] < v - 1 && !punctAfter(hung[1]) && (hung[0] === f || toks[hung[0] - 1]!.lower !== 'that');
    if (plain) return { who: resolve(hung[0], hung[1]), clauseEnd };
    let s = f;
    while (s < v && s - f < MAX_NP && !isNounish(toks[s]!)) s++;
    let np = s < v ? npForward(s) : undefined;
    // "Hours later, Trump ..., telling" and "WASHINGTON (AP) — ...": a time phrase or a dateline is not the subject
    if (
      np &&
      np[1] + 1 < v &&
      (toks.slice(np[0], np[1] + 1).every((w) => has(w, 'Date') || TIME_WORDS.has(w.lower) || w.lower === 'hours') ||
        (/^[A-Z]{2,}$/.test(toks[np[0]]!.text) && /[(\u2014\u2013-]/.test(gap(np[1]))))
    ) {
      s = np[1] + 1;
      while (s < v && s - f < 2 * MAX_NP && !isNounish(toks[s]!)) s++;
      np = s < v ? npForward(s) : undefined;
    }
    // "In a post at the time she described … and accused": the object of a preposition is not the subject
    for (let hops = 0; np && np[1] + 1 < v && np[0] > f && hops < 4; hops++) {
      if (!has(toks[np[0] - 1]!, 'Preposition') || punctAfter(np[0] - 1)) break;
      s = np[1] + 1;
      while (s < v && s - f < 3 * MAX_NP && !isNounish(toks[s]!)) s++;
      np = s < v ? npForward(s) : undefined;
    }
    if (np && np[1] < v) who = resolve(np[0], np[1]);
    else if (v - f <= 1) {
      // "While saying that ..., the actor explained": the subject follows the participle clause (which may
      // quote: 'After saying her foot was “so swollen I could barely get my shoe on,” she was')
      const quoteMarkOnly = (i: number) => /^\s*["\u201C\u201D]\s*$/.test(gap(i));
      let c2 = v;
      while (c2 < l && c2 - v < 40 && !commaAfter(c2) && (!punctAfter(c2) || quoteMarkOnly(c2))) c2++;
      const after = c2 < l && commaAfter(c2) ? npForward(c2 + 1) : undefined;
      if (after && after[1] < l && has(toks[after[1] + 1]!, 'Verb') && toks[after[0]]!.q < 0) {
        who = resolve(after[0], after[1]);
        clauseEnd = c2;
      }
    }
  }
  return { who, clauseEnd };
}

/** For each cue, what it reports: a quotation or a clause, forward or backward, with the speaker of its subject. */
/** "According to X, CONTENT" (content.according-to-after) and "CONTENT, according to X" (content.according-to-before). */
function readAccording(
  doc: TokenDoc,
  sink: ContentSink,
  cue: Cue,
  cueSpan: Span,
  act: { act: AttributionAct; negated: boolean },
): void {
  const { text, quotes, toks, tokSpan, first, last, commaAfter } = doc;
  const { push, quoteContent, resolve } = sink;
  const trimContent = (a: number, b: number) => trimmedContent(doc, a, b);
  const { k, v } = cue;
  const f = first(v);
  const l = last(v);
  const pushClause = (rule: string, who: SpeakerInfo | undefined, a: number, b: number) =>
    push(rule, who, tokSpan(a, b), false, cueSpan, toks[v]!.si, toks[b]!.end, act);
  const np = cue.np;
  if (!np) return;
  const who = resolve(np[0], np[1]);
  if (k === f || (k > f && toks[k - 1]!.q < 0 && !commaAfter(k - 1) && k - f <= 1)) {
    // "According to X, CONTENT"; "According to a report by the firm X & Y, CONTENT": a prepositional
    // phrase after X still belongs to the source, up to the comma
    let from = np[1] + 1;
    // ("according to exit polls conducted by Edison, CONTENT": a participle phrase too)
    const participle = from < l && /(ed|en)$/.test(toks[from]!.lower) && has(toks[from]!, 'PastTense', 'Participle');
    if (from < l && (ATTACHED_PREPOSITIONS.has(toks[from]!.lower) || participle) && !commaAfter(np[1])) {
      let c = participle ? from + 1 : from;
      while (c < l && c - from < MAX_NP && !commaAfter(c) && !has(toks[c]!, 'Verb')) c++;
      if (commaAfter(c) && !has(toks[c]!, 'Verb')) from = c + 1;
    }
    const r = trimContent(from, Math.min(l, from + MAX_CONTENT));
    const q0 = r ? toks[r[0]]!.q : -1;
    if (r && q0 >= 0 && /^[\s,:]*$/.test(text.slice(toks[np[1]]!.end, quotes[q0]!.open)))
      push('content.according-to-after', who, quoteContent(q0), true, cueSpan, toks[v]!.si, quotes[q0]!.close + 1, act);
    else if (r) pushClause('content.according-to-after', who, r[0], r[1]);
  } else {
    // "CONTENT, according to X."
    const r = trimContent(Math.max(f, k - 1 - MAX_CONTENT), k - 1);
    if (r) {
      const direct = toks[r[0]]!.q >= 0 && toks[r[0]]!.q === toks[r[1]]!.q;
      const content = direct ? quoteContent(toks[r[0]]!.q) : tokSpan(r[0], r[1]);
      push('content.according-to-before', who, content, direct, cueSpan, toks[v]!.si, toks[np[1]]!.end, act);
    }
  }
}

/**
 * Where the forward content of cue c may run to: the end of its sentence, at most MAX_CONTENT tokens (keeps
 * hostile input linear), cut where a later clause with its own speaker begins ("..., X said"), at a closing
 * tag ("Smith said the plant will close, and the union agreed, he said"), at the next ", saying" / ",
 * according to" clause, and, for a forward cue after a fronted clause, before the main clause.
 */
function forwardLimit(
  doc: TokenDoc,
  cues: readonly Cue[],
  c: number,
  later: Cue | undefined,
): { limit: number; limitRule?: string } {
  const { toks, last, commaAfter } = doc;
  const cue = cues[c]!;
  const { v, e } = cue;
  const si = toks[v]!.si;
  let limit = Math.min(last(v), e + MAX_CONTENT);
  const nextCue = cues[c + 1];
  if (nextCue && toks[nextCue.v]!.si === si && nextCue.np && nextCue.np[0] > e) {
    const s = nextCue.np[0];
    // ("confirm what buyers, sellers and owners have known": a list the comma belongs to, not a new clause)
    const list =
      isNounish(toks[s - 1]!) && toks.slice(s, nextCue.np[1] + 1).some((w) => w.lower === 'and' || w.lower === 'or');
    if (s - 1 > e && commaAfter(s - 1) && !list) limit = s - 1;
    // "…, although other media quoted …", "…, and he noted that …", "…, and another 27 percent said": a
    // conjunction opens the other cue's clause; so does "even as" ("… even as the CBO estimated …")
    else if (s - 2 > e && (CONTRASTS.has(toks[s - 1]!.lower) || toks[s - 1]!.lower === 'and') && commaAfter(s - 2))
      limit = s - 2;
    // "… was otherwise fine and the military said it was …": "and" before another speaker's reporting clause
    else if (s - 2 > e && toks[s - 1]!.lower === 'and' && nextCue.mode === 'forward' && nextCue.verb?.cls === 'speech')
      limit = s - 2;
    else if (s - 3 > e && toks[s - 1]!.lower === 'as' && toks[s - 2]!.lower === 'even' && !commaAfter(s - 3))
      limit = s - 3;
  }
  for (let n = c + 1; cues[n] && toks[cues[n]!.v]!.si === si; n++) {
    const s = cues[n]!.np?.[0];
    if (cues[n]!.mode === 'backward' && s !== undefined && s - 1 >= e && s < cues[n]!.k && commaAfter(s - 1)) {
      limit = Math.min(limit, s - 1);
      break;
    }
  }
  if (later !== undefined && toks[later.v]!.si === si && later.k > e) limit = Math.min(limit, later.k - 1);
  // "Trump — even as he says his experience … — has proposed little": a cue inside a dash aside reports up to the
  // dash that closes it
  const dash = (i: number) => /[\u2014\u2013]|\s--\s/.test(doc.gap(i));
  let opened = false;
  for (let b = cue.k - 1; b >= doc.first(v) && !opened; b--) if (dash(b)) opened = true;
  // (not "which — as Jonathan Chait noted recently in New York magazine — promises to …": with only adverbials
  // before the closing dash, the clause after it is what was noted)
  if (opened)
    for (let m = e + 1; m < limit; m++)
      if (dash(m)) {
        if (adverbialsEnd(doc, e + 1, m) <= m) limit = m;
        break;
      }
  // "explained the headline by saying: “…”": the words come with the "by" phrase, whose cue reports them
  for (let n = c + 1; cues[n] && toks[cues[n]!.v]!.si === si; n++) {
    if (cues[n]!.byWords && cues[n]!.k - 2 > e) limit = Math.min(limit, cues[n]!.k - 2);
  }
  if (cue.mode === 'forward') {
    // "When Trump endorsed Cruz last week, Clinton laughed": the main clause is not the content
    const end = frontedClauseEnd(doc, cue, limit) ?? subjectClaimEnd(doc, cue, limit);
    if (end !== undefined) return { limit: end, limitRule: 'content.fronted-clause' };
  }
  return { limit };
}

/**
 * "Clinton's argument that the economy is strong fell flat", "said the president's insistence that the UK must
 * wait was right": a claim noun's clause ends before a second finite verb no conjunction, relative or comma joins
 * to it, the verb of the clause the noun is part of.
 */
function subjectClaimEnd(doc: TokenDoc, cue: Cue, limit: number): number | undefined {
  const { toks, punctAfter } = doc;
  if (cue.rule !== 'cue.possessor-statement') return undefined;
  const finite = (w: Tok) =>
    w.q < 0 &&
    has(w, 'PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary') &&
    !has(w, 'Gerund', 'Participle', 'Noun', 'Adjective');
  let seen = false;
  for (let m = cue.e + 2; m <= limit; m++) {
    // "that he had been paid and that the deal was off": a joined clause has a finite verb of its own
    if (/^(and|or|but|that)$/.test(toks[m]!.lower)) seen = false;
    if (!finite(toks[m]!)) continue;
    // the verb group's own words before it: "had successfully tested", "can't preside", "would not"
    let p = m - 1;
    while (p > cue.e && (has(toks[p]!, 'Adverb', 'Negative') || toks[p]!.text === '') && !punctAfter(p)) p--;
    const joined = punctAfter(p) || /^(and|or|but|that|which|who|whom|to)$/.test(toks[p]!.lower);
    if (seen && !joined && !finite(toks[p]!)) return p;
    seen = true;
  }
  return undefined;
}

/**
 * The end of the clause a parenthetical cue interrupts ("The bigger risk, he said, is a clash"), from the comma
 * after the cue to `limit`; undefined when what follows is the speaker's own adjunct or act ("…, she said, and did
 * not elaborate", "…, he said, pointing to the map") or describes the speaker ("…, said Ian Michaels, a spokesman").
 */
function parentheticalTail(doc: TokenDoc, cue: Cue, limit: number): number | undefined {
  const { toks, commaAfter, punctAfter } = doc;
  const { v, e } = cue;
  // ("The bigger risk, Ms. Ruiz said on Monday, is a clash": past the cue's adverbials)
  const ce = Math.max(adverbialsEnd(doc, e + 1, limit) - 1, cue.np![1]);
  const after = ce < limit && commaAfter(ce) ? ce + 1 : -1;
  const at = after >= 0 ? toks[after]! : undefined;
  // "Sales have been steady, said Tom Forte, who follows the company": a relative clause after the reporting
  // clause describes the speaker; the statement ended before it
  if (!at || RELATIVES.has(at.lower) || at.lower === 'whose') return undefined;
  // "…, she said, because of the storm" carries the clause on; "…, she said, and did not elaborate" is hers
  const nt = after < limit ? toks[after + 1] : undefined;
  const continues =
    CLAUSE_CONTINUERS.has(at.lower) &&
    !(
      nt &&
      (at.lower === 'and' || at.lower === 'but') &&
      has(nt, 'Verb', 'Adverb') &&
      !has(nt, 'Noun') &&
      !gerundSubject(doc, after + 1, limit)
    );
  const tail =
    (at.q < 0 || quoteContinues(doc, after)) &&
    (continues || (!ADJUNCT_STARTERS.has(at.lower) && (!/ing$/.test(at.lower) || gerundSubject(doc, after, limit)))) &&
    !punctAfter(limit - 1)
      ? trimmedContent(doc, after, limit)
      : undefined;
  // (a tail without a verb, or only the empty copula compromise makes of a possessive "'s", describes the speaker)
  if (
    !tail ||
    tail[1] <= after ||
    (cue.np![0] > v && !toks.slice(after, tail[1] + 1).some((w) => w.text !== '' && has(w, 'Verb')))
  )
    return undefined;
  return tail[1];
}

/**
 * "Smith said the plant will close, he said": a closing "he/she said" in the same sentence and paragraph that
 * repeats the forward cue before it (same speaker), which already reports the clause.
 */
function repeatsTag(
  doc: TokenDoc,
  prevCue: Cue,
  cue: Cue,
  who: SpeakerInfo | undefined,
  resolve: (i: number, j: number) => SpeakerInfo | undefined,
): boolean {
  const { text, toks } = doc;
  return (
    !!prevCue.np &&
    !!cue.np &&
    toks[prevCue.v]!.si === toks[cue.v]!.si &&
    prevCue.mode === 'forward' &&
    cue.np[0] === cue.np[1] &&
    PERSON_PRONOUNS.has(toks[cue.np[0]]!.lower) &&
    !RELATIVES.has(toks[prevCue.np[0]]!.lower) &&
    !text.slice(toks[prevCue.e]!.end, toks[cue.k]!.start).includes('\n') &&
    who !== undefined &&
    resolve(prevCue.np[0], prevCue.np[1])?.speaker === who.speaker
  );
}

function readContents(doc: TokenDoc, cues: readonly Cue[], sink: ContentSink): void {
  const { text, toks, tokSpan, first, quoteEndsSentence } = doc;
  const { push, quoteContent, resolve } = sink;
  const trimContent = (a: number, b: number) => trimmedContent(doc, a, b);
  const actOf = (cue: Cue) => actOfCue(doc, cue);
  // for each cue, the next ", saying" / ", according to" / ", citing" clause after it (one backward pass)
  const nextClause: (Cue | undefined)[] = new Array(cues.length);
  {
    let found: Cue | undefined;
    for (let c = cues.length - 1; c >= 0; c--) {
      nextClause[c] = found;
      const m = cues[c]!.mode;
      if (m === 'participle' || m === 'according' || m === 'citing') found = cues[c];
    }
  }
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    const { k, v, e } = cue;
    const f = first(v);
    const act = actOf(cue);
    // "would not confirm": the negation is part of the reporting phrase a reader sees
    const cueSpan = tokSpan(act.from, e);
    /** A reported clause over tokens a..b (indirect speech) for this cue. */
    const pushClause = (rule: string, who: SpeakerInfo | undefined, a: number, b: number) =>
      push(rule, who, tokSpan(a, b), false, cueSpan, toks[v]!.si, toks[b]!.end, act);
    let { limit, limitRule } = forwardLimit(doc, cues, c, nextClause[c]);
    const forward = (from: number, who: SpeakerInfo | undefined) =>
      readForward(doc, sink, { cue, cueSpan, act, limit, limitRule }, from, who);
    if (cue.mode === 'according') {
      readAccording(doc, sink, cue, cueSpan, act);
      continue;
    }
    if (cue.mode === 'participle') {
      const { who, clauseEnd } = participleSpeaker(doc, sink, cue);
      if (clauseEnd !== undefined) limit = Math.min(limit, clauseEnd);
      forward(e + 1, who);
      continue;
    }
    if (!cue.np || cue.mode === 'none' || cue.mode === 'citing') continue;
    const who = resolve(cue.np[0], cue.np[1]);
    if (cue.mode === 'backward') {
      // "President Obama also said:" and a bulleted list follows
      const list = listAfterColon(text, toks[Math.max(e, cue.np[1])]!.end);
      if (list.length > 0) {
        for (const item of list) push('content.colon-list', who, item, false, cueSpan, toks[v]!.si, item.end, act);
        continue;
      }
      // "“…,” said Cummings. Chaffetz did not respond to a request for comment": a refusal reports no
      // quotation before it; what it withholds follows
      if (act.act === 'decline') {
        if (cue.np[0] < k) forward(e + 1, who);
        continue;
      }
      const before = Math.min(cue.np[0], k) - 1;
      if (before < 0) continue;
      const bt = toks[before]!;
      const clauseEnd = toks[Math.max(e, cue.np[1])]!.end;
      if (bt.q >= 0) {
        const lead = leadIn(doc, cues, c, bt.q);
        if (lead !== undefined) {
          // 'The bill's failure was “heartbreaking,” she said': the sentence is the statement
          quoteContent(bt.q);
          const q = doc.quotes[bt.q]!;
          push(
            'content.quote-lead-in',
            who,
            doc.span(toks[lead]!.start, q.end),
            true,
            cueSpan,
            toks[v]!.si,
            clauseEnd,
            act,
          );
        } else push('content.quote-before', who, quoteContent(bt.q), true, cueSpan, toks[v]!.si, clauseEnd, act);
        if (cue.alsoForward) forward(e + 1, who);
        continue;
      }
      if (before < f) {
        // the quote closed a sentence before: "“A. B,” he said" split by the sentence splitter
        continue;
      }
      // the clause back to the sentence start, or to the previous cue in the sentence
      let a = f;
      const prevCue = cues[c - 1];
      if (prevCue && toks[prevCue.v]!.si === toks[v]!.si && prevCue.mode === 'backward') a = prevCue.e + 1;
      if (prevCue && repeatsTag(doc, prevCue, cue, who, resolve)) continue;
      a = Math.max(a, before - MAX_CONTENT);
      for (let m = before - 1; m >= a; m--) {
        if (quoteEndsSentence(m)) {
          a = m + 1;
          break;
        }
      }
      // "That, they say, will be easier": a lone "that" before the cue is the subject, not a complementizer
      const r = trimContent(a, before) ?? (a === before ? ([a, a] as [number, number]) : undefined);
      if (r) {
        const q0 = toks[r[0]]!.q;
        const direct = q0 >= 0 && q0 === toks[r[1]]!.q;
        // "The bigger risk, he said, is a clash": a parenthetical cue inside the clause, which runs on
        const tailEnd = direct ? undefined : parentheticalTail(doc, cue, limit);
        if (tailEnd !== undefined) {
          pushClause('content.parenthetical-cue', who, r[0], tailEnd);
          continue;
        }
        // "In a wide-ranging interview, he said": a phrase without a verb is no reported clause
        if (!direct && verbless(doc, r[0], r[1])) {
          sink.veto?.('content.verbless-before', v);
          continue;
        }
        push(
          'content.clause-before',
          who,
          direct ? quoteContent(q0) : tokSpan(r[0], r[1]),
          direct,
          cueSpan,
          toks[v]!.si,
          clauseEnd,
          act,
        );
      }
      continue;
    }
    forward(e + 1, who);
  }
}
