// Role nouns and titles: what "the company" or "the spokesman" can refer back to, and the honorifics that
// say a person's gender.
// Evidence lines: `npx tsx scripts/lexicon-evidence.ts` on PolNeAR train (plain word matching over all
// inflected forms of a lemma list): uses, and the share inside a gold sourcing span or a gold source.

/**
 * Role nouns that refer back to an actor named before: "the outlet" -> Axios, "the ministry" -> the
 * ministry named earlier. Mapped to the actor kind they refer to.
 * PolNeAR train: 9494 uses, inside a gold sourcing span in 2300 (24%), inside a gold source in 2110 (22%).
 */
export const ROLE_NOUNS: Record<string, 'person' | 'organization'> = {
  outlet: 'organization',
  newspaper: 'organization',
  paper: 'organization',
  agency: 'organization',
  network: 'organization',
  broadcaster: 'organization',
  magazine: 'organization',
  company: 'organization',
  firm: 'organization',
  group: 'organization',
  ministry: 'organization',
  department: 'organization',
  office: 'organization',
  organisation: 'organization',
  organization: 'organization',
  government: 'organization',
  campaign: 'organization',
  statement: 'organization',
  report: 'organization',
  airline: 'organization',
  utility: 'organization',
  commission: 'organization',
  military: 'organization',
  army: 'organization',
  party: 'organization',
  // kinds of business and institution ("the brokerage said" after Kotak Institutional Equities)
  bank: 'organization',
  insurer: 'organization',
  lender: 'organization',
  retailer: 'organization',
  automaker: 'organization',
  carmaker: 'organization',
  carrier: 'organization',
  publisher: 'organization',
  studio: 'organization',
  brokerage: 'organization',
  startup: 'organization',
  manufacturer: 'organization',
  regulator: 'organization',
  watchdog: 'organization',
  charity: 'organization',
  giant: 'organization',
  committee: 'organization',
  council: 'organization',
  court: 'organization',
  union: 'organization',
  league: 'organization',
  university: 'organization',
  hospital: 'organization',
  spokesman: 'person',
  spokeswoman: 'person',
  spokesperson: 'person',
  president: 'person',
  minister: 'person',
  senator: 'person',
  governor: 'person',
  candidate: 'person',
  official: 'person',
  congressman: 'person',
  congresswoman: 'person',
  mayor: 'person',
  chairman: 'person',
  chairwoman: 'person',
  ceo: 'person',
  secretary: 'person',
  ambassador: 'person',
  envoy: 'person',
  prosecutor: 'person',
  judge: 'person',
  premier: 'person',
  chancellor: 'person',
  commissioner: 'person',
  leader: 'person',
};

/**
 * Role nouns for the press: "the outlet" is the outlet named or quoted before (any kind of source).
 * PolNeAR train: 236 uses, inside a gold sourcing span in 59 (25%), inside a gold source in 50 (21%).
 */
export const OUTLET_ROLES = new Set(['outlet', 'newspaper', 'paper', 'network', 'broadcaster', 'magazine']);

/**
 * Role nouns for a document: "the statement said" is the body that issued the last one.
 * PolNeAR train: 414 uses, inside a gold sourcing span in 196 (47%), inside a gold source in 82 (20%).
 */
export const DOCUMENT_ROLES = new Set(['statement', 'report']);

/**
 * Name heads that fit an organisation role noun other than the noun itself ("Acme Inc." is a company).
 * PolNeAR train: 1288 uses, inside a gold sourcing span in 241 (19%), inside a gold source in 236 (18%).
 */
export const ROLE_HEADS: Record<string, string[]> = {
  company: ['company', 'corporation', 'corp', 'co', 'inc', 'ltd', 'llc', 'plc', 'industries', 'holdings', 'group'],
  firm: ['firm', 'company', 'corporation', 'corp', 'co', 'inc', 'ltd', 'llc', 'plc', 'partners', 'capital', 'group'],
  airline: ['airline', 'airway'],
  utility: ['utility', 'company', 'corporation', 'corp', 'co', 'inc', 'authority', 'district', 'board'],
  agency: ['agency', 'bureau', 'authority', 'administration', 'service'],
  military: ['army', 'navy', 'force', 'guard', 'command', 'corps'],
  army: ['army', 'force'],
  government: ['government', 'administration', 'cabinet', 'regime'],
  bank: ['bank', 'reserve', 'bancorp', 'group', 'holdings'],
  court: ['court', 'tribunal'],
  union: ['union', 'association', 'federation', 'guild', 'brotherhood', 'workers', 'teamsters', 'attendants'],
  committee: ['committee', 'panel', 'commission'],
  commission: ['commission', 'board', 'committee', 'panel'],
  council: ['council', 'board', 'assembly'],
  league: ['league', 'association', 'federation'],
  university: ['university', 'college', 'institute', 'school'],
  hospital: ['hospital', 'clinic', 'infirmary', 'centre', 'center'],
  group: [
    'group',
    'front',
    'movement',
    'brigade',
    'alliance',
    'coalition',
    'organization',
    'organisation',
    'association',
    'union',
    'league',
    'society',
    'guild',
    'federation',
  ],
};

/**
 * Role and vehicle words that follow a name without being part of it: "Malaysia Airlines Flight", "Hamas
 * Spokesman" (lib/actors.ts).
 * PolNeAR train: 2850 uses, inside a gold sourcing span in 999 (35%), inside a gold source in 986 (35%).
 */
export const TRAILING_ROLES: ReadonlySet<string> = new Set(
  'flight spokesman spokeswoman spokesperson official officials chief executive chairman director leader president'.split(
    ' ',
  ),
);

/**
 * A party's member ("a Virginia Republican", "one Texas Democrat"): after a place no part of a name (lib/actors.ts),
 * and an unnamed person after "a", "an", "one" (lib/attributions.ts).
 */
export const PARTY_MEMBER_NOUNS: ReadonlySet<string> = new Set(['republican', 'democrat']);

export type Gender = 'male' | 'female';

/**
 * Honorifics that say a person's gender.
 * PolNeAR train: 2690 uses, inside a gold sourcing span in 930 (35%), inside a gold source in 918 (34%).
 */
export const HONORIFIC_GENDER: Record<string, Gender> = {
  mr: 'male',
  mrs: 'female',
  ms: 'female',
  miss: 'female',
  madam: 'female',
  sir: 'male',
  dame: 'female',
  lord: 'male',
  lady: 'female',
};

/**
 * Person nouns that say the person's gender: an unnamed speaker so described ("the boyfriend told
 * investigators") is who a following "he said" stands for.
 */
export const GENDERED_PERSON_NOUNS: Record<string, Gender> = {
  man: 'male',
  woman: 'female',
  boy: 'male',
  girl: 'female',
  boyfriend: 'male',
  girlfriend: 'female',
  husband: 'male',
  wife: 'female',
  father: 'male',
  mother: 'female',
  son: 'male',
  daughter: 'female',
  brother: 'male',
  sister: 'female',
  uncle: 'male',
  aunt: 'female',
  grandfather: 'male',
  grandmother: 'female',
  nephew: 'male',
  niece: 'female',
  widow: 'female',
  widower: 'male',
  fiancé: 'male',
  fiancée: 'female',
  spokesman: 'male',
  spokeswoman: 'female',
  congressman: 'male',
  congresswoman: 'female',
  businessman: 'male',
  businesswoman: 'female',
  chairman: 'male',
  chairwoman: 'female',
};

/**
 * Head nouns of a role written beside a name (summary.ts's actorRole: "Karoline Leavitt, White House press
 * secretary"): the role must end with one of them, so an ordinary appositive is no role. Not TITLE_WORDS
 * (entities.ts), which are titles before a name and many more ("sheikh", "gen", "dr").
 * PolNeAR train: 4900 uses, inside a gold sourcing span in 1578 (32%), inside a gold source in 1556 (32%).
 */
export const ROLE_APPOSITIVE_HEADS: readonly string[] = [
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'minister',
  'president',
  'envoy',
  'official',
  'director',
  'chief',
  'leader',
  'ambassador',
  'adviser',
  'advisor',
  'governor',
  'senator',
  'mayor',
  'chair',
  'chairman',
  'chairwoman',
  'ceo',
  'general',
  'commander',
  'editor',
  'correspondent',
  'analyst',
  'professor',
  'researcher',
  'lawyer',
  'attorney',
  'prosecutor',
  'judge',
  'founder',
  'sheriff',
  'agent',
  'owner',
  'manager',
  'executive',
  'strategist',
  'pollster',
  'economist',
  'negotiator',
  'representative',
  'congressman',
  'congresswoman',
  'head',
  'officer',
  'premier',
  'chancellor',
  'king',
  'queen',
  'prince',
  'pope',
];

/**
 * Lower-case words allowed inside a role written before a name ("US special envoy Adam Boehler").
 * PolNeAR train: 7516 uses, inside a gold sourcing span in 1489 (20%), inside a gold source in 1414 (19%).
 */
export const TITLE_MODIFIERS: readonly string[] = [
  'special',
  'deputy',
  'former',
  'senior',
  'chief',
  'foreign',
  'prime',
  'vice',
  'acting',
  'interim',
  'press',
  'national',
  'security',
  'defence',
  'defense',
  'finance',
  'health',
  'state',
  'general',
  'executive',
  'assistant',
  'top',
  'lead',
  'military',
  'political',
  'opposition',
  'party',
];

/**
 * People named by whom they serve or are sent to, with "to": "a senior adviser to the president", "the
 * ambassador to the United Nations", "China's delegation to the forum". The phrase after "to" is theirs, not the
 * speaker ("fresh ammunition to Republicans say" is not one phrase).
 */
export const TO_ROLE_NOUNS: ReadonlySet<string> = new Set(
  'adviser advisers advisor advisors aide aides ambassador ambassadors envoy envoys emissary delegation delegations delegate delegates successor heir assistant assistants counsel counselor counselors consultant consultants liaison representative representatives deputy deputies secretary spokesman spokeswoman spokesperson nominee nominees appointee appointees'.split(
    ' ',
  ),
);

/** Titles abbreviated before a name, with their dot ("Gov. Chris Christie", "Sen. Marco Rubio"), as role words. */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'gov.': 'governor',
  'sen.': 'senator',
  'rep.': 'representative',
  'pres.': 'president',
  'gen.': 'general',
  'lt.': 'lieutenant',
  'adm.': 'admiral',
  'sec.': 'secretary',
  'atty.': 'attorney',
  'amb.': 'ambassador',
  'supt.': 'superintendent',
  'cmdr.': 'commander',
};

/**
 * US states as a lawmaker's party tag abbreviates them ("Sen. Marco Rubio (R-Fla.)", "R-S.C.", "D-NY"): AP style
 * and postal codes, lower case without dots, to the state's name.
 */
export const STATE_ABBREVIATIONS: Readonly<Record<string, string>> = (() => {
  const states: [string, string, string][] = [
    ['alabama', 'ala', 'al'],
    ['alaska', 'alaska', 'ak'],
    ['arizona', 'ariz', 'az'],
    ['arkansas', 'ark', 'ar'],
    ['california', 'calif', 'ca'],
    ['colorado', 'colo', 'co'],
    ['connecticut', 'conn', 'ct'],
    ['delaware', 'del', 'de'],
    ['florida', 'fla', 'fl'],
    ['georgia', 'ga', 'ga'],
    ['hawaii', 'hawaii', 'hi'],
    ['idaho', 'idaho', 'id'],
    ['illinois', 'ill', 'il'],
    ['indiana', 'ind', 'in'],
    ['iowa', 'iowa', 'ia'],
    ['kansas', 'kan', 'ks'],
    ['kentucky', 'ky', 'ky'],
    ['louisiana', 'la', 'la'],
    ['maine', 'maine', 'me'],
    ['maryland', 'md', 'md'],
    ['massachusetts', 'mass', 'ma'],
    ['michigan', 'mich', 'mi'],
    ['minnesota', 'minn', 'mn'],
    ['mississippi', 'miss', 'ms'],
    ['missouri', 'mo', 'mo'],
    ['montana', 'mont', 'mt'],
    ['nebraska', 'neb', 'ne'],
    ['nevada', 'nev', 'nv'],
    ['new hampshire', 'nh', 'nh'],
    ['new jersey', 'nj', 'nj'],
    ['new mexico', 'nm', 'nm'],
    ['new york', 'ny', 'ny'],
    ['north carolina', 'nc', 'nc'],
    ['north dakota', 'nd', 'nd'],
    ['ohio', 'ohio', 'oh'],
    ['oklahoma', 'okla', 'ok'],
    ['oregon', 'ore', 'or'],
    ['pennsylvania', 'pa', 'pa'],
    ['rhode island', 'ri', 'ri'],
    ['south carolina', 'sc', 'sc'],
    ['south dakota', 'sd', 'sd'],
    ['tennessee', 'tenn', 'tn'],
    ['texas', 'texas', 'tx'],
    ['utah', 'utah', 'ut'],
    ['vermont', 'vt', 'vt'],
    ['virginia', 'va', 'va'],
    ['washington', 'wash', 'wa'],
    ['west virginia', 'wva', 'wv'],
    ['wisconsin', 'wis', 'wi'],
    ['wyoming', 'wyo', 'wy'],
  ];
  const out: Record<string, string> = {};
  for (const [name, ap, postal] of states) out[ap] = out[postal] = out[name] = name;
  out.tex = 'texas';
  return out;
})();
