// Words that put a reporting verb in another sense (lib/attributions.ts, lexicalVeto): a plea, a verdict,
// turning up for work. Each list is the complement that makes the sense.

/** What a defendant pleads: "pleaded guilty", "pleads no contest" (veto.legal-plea). */
export const PLEAS = new Set(['guilty', 'innocent', 'not guilty', 'no contest']);

/** A court's verdict after "found": "found him guilty", "was found liable" (veto.verdict). */
export const VERDICTS = new Set(['guilty', 'innocent', 'liable']);

/** What one reports for or to when turning up: "reported for duty", "reported to work" (veto.report-for-duty). */
export const DUTY = new Set(['duty', 'work', 'jail', 'prison', 'training', 'camp']);

/**
 * Objects that make a reporting verb an act, not a message: "declared martial law", "concluded its hearing",
 * "claimed victory", "seeking a death sentence", "denied him a hearing" (veto.act-object). By lemma; the
 * object's head noun, after any determiner, possessive, number, adjective, noun modifier or (a double object) a
 * personal pronoun.
 */
export const ACT_OBJECTS: Readonly<Record<string, ReadonlySet<string>>> = {
  declare: new Set([
    'law',
    'war',
    'emergency',
    'emergencies',
    'bankruptcy',
    'independence',
    'holiday',
    'ceasefire',
    'truce',
    'curfew',
    'disaster',
  ]),
  conclude: new Set([
    'hearing',
    'hearings',
    'visit',
    'talks',
    'meeting',
    'session',
    'trip',
    'tour',
    'deal',
    'agreement',
    'treaty',
    'season',
    'campaign',
    'review',
    'conference',
    'summit',
  ]),
  // "denied him a hearing", "denied them entry": withholding something asked for, not denying a statement
  deny: new Set([
    'hearing',
    'entry',
    'access',
    'bail',
    'parole',
    'permission',
    'visa',
    'visas',
    'service',
    'funding',
    'benefits',
  ]),
  // "seeking a death sentence", "seeking the nomination", "not seeking a fifth term": a penalty or an office
  // sought, not a request reported (PolNeAR train: 2 of 12 such objects inside a gold cue)
  seek: new Set(['penalty', 'sentence', 'nomination', 'presidency', 'office', 'term', 'reelection', 're-election']),
  claim: new Set(['victory', 'title', 'lives', 'seat', 'seats', 'prize', 'crown', 'medal', 'trophy', 'championship']),
};

/**
 * What is asked for, as the object of a denial verb: "rejected the request", "rejected his attempt to delay".
 * Opposing it is a stance (act 'assert'), not saying that something is not so (act 'deny').
 */
export const REQUESTS = new Set([
  'request',
  'requests',
  'attempt',
  'attempts',
  'bid',
  'bids',
  'appeal',
  'appeals',
  'application',
  'applications',
  'motion',
  'motions',
  'petition',
  'offer',
  'offers',
  'invitation',
]);

/**
 * Verbs of saying and writing that report only with words after them (a clause, a quotation, a colon, a question
 * word, "to" and a verb): with a bare object they are acts, "wrote A Song of Ice and Fire", "posted a video",
 * "asked a question", "told the story", "explained them" (veto.saying-act). PolNeAR train marks 4 of the 30
 * statements these verbs made of a bare noun phrase.
 */
export const SAYING_ACTS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'ask',
  'respond',
  'reply',
  'write',
  'post',
  'explain',
  'shout',
]);
