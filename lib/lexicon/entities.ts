// News lexicon: well-known outlets, agencies, bodies, parties, armed groups, companies and places, plus the
// word lists the actor and figure rules share (titles, demonyms, head nouns). Data only: no compromise import,
// no DOM. Entries are general knowledge, never names taken from a particular article.
import type { ActorKind } from '../types.ts';
import { MONTH_NAMES, WEEKDAYS } from './figure-words.ts';
import { NEVER_NOUN_FORMS } from './reporting-verbs.ts';

/** One entity: canonical name first, then other ways the press writes it (case and dots are ignored). */
type Entry = readonly [canonical: string, ...aliases: string[]];

/** Wire agencies and outlets: the press, never the subject a role noun ("the company") refers to. */
const OUTLET_ENTRIES: readonly Entry[] = [
  ['Agence France-Presse', 'AFP'],
  ['Reuters', 'Thomson Reuters'],
  ['Associated Press', 'AP'],
  ['Axios'],
  ['Bloomberg', 'Bloomberg News'],
  ['CNN'],
  ['BBC'],
  ['NBC', 'NBC News'],
  ['CBS', 'CBS News'],
  ['ABC News'],
  ['Fox News'],
  ['MSNBC'],
  ['CNBC'],
  ['NPR'],
  ['PBS'],
  ['Politico'],
  ['The New York Times', 'New York Times', 'NYT'],
  ['The Washington Post', 'Washington Post'],
  ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'],
  ['Financial Times', 'FT'],
  ['The Economist', 'Economist'],
  ['The Guardian', 'Guardian'],
  ['The Telegraph', 'Telegraph', 'Daily Telegraph'],
  ['The Independent'],
  ['The Times'],
  ['Daily Mail'],
  ['Sky News'],
  ['Al Jazeera'],
  ['Al Arabiya'],
  ['Haaretz'],
  ['The Times of Israel', 'Times of Israel'],
  ['Xinhua'],
  ['TASS'],
  ['Interfax'],
  ['RIA Novosti'],
  ['Kyodo', 'Kyodo News'],
  ['Yonhap'],
  ['Anadolu', 'Anadolu Agency'],
  ['Deutsche Presse-Agentur', 'dpa'],
  ['Deutsche Welle', 'DW'],
  ['Le Monde'],
  ['Der Spiegel', 'Spiegel'],
  ['USA Today'],
  ['Los Angeles Times', 'LA Times'],
  ['The Hill'],
  ['Newsweek'],
  ['ProPublica'],
  ['Breitbart', 'Breitbart News'],
  ['HuffPost', 'Huffington Post'],
  ['BuzzFeed', 'BuzzFeed News'],
  ['Vox'],
  ['Getty Images', 'Getty'],
  ['Twitter'],
  ['Facebook'],
];

export const ORGANIZATIONS: readonly Entry[] = [
  // wire agencies and outlets
  ...OUTLET_ENTRIES,
  // governments and their bodies
  ['White House'],
  ['Pentagon'],
  ['Kremlin'],
  ['Downing Street'],
  ['Elysee', 'Élysée'],
  ['Congress'],
  ['Senate'],
  ['House of Representatives'],
  ['Supreme Court'],
  ['State Department'],
  ['Justice Department', 'Department of Justice', 'DOJ'],
  ['Department of Homeland Security', 'Homeland Security', 'DHS'],
  ['Department of Defense', 'Defense Department'],
  ['Treasury'],
  ['Federal Reserve', 'Fed'],
  ['FBI'],
  ['CIA'],
  ['NSA'],
  ['Immigration and Customs Enforcement', 'ICE'],
  ['Environmental Protection Agency', 'EPA'],
  ['Food and Drug Administration', 'FDA'],
  ['Centers for Disease Control and Prevention', 'CDC'],
  ['NASA'],
  ['Internal Revenue Service', 'IRS'],
  ['Secret Service'],
  ['Parliament'],
  ['Knesset'],
  ['Bundestag'],
  ['Duma'],
  ['Mossad'],
  ['Shin Bet'],
  ['Israel Defense Forces', 'IDF', 'Israeli Defense Forces'],
  ['Palestinian Authority', 'PA'],
  ['Revolutionary Guards', 'Islamic Revolutionary Guard Corps', 'IRGC'],
  ['Interior Ministry'],
  ['Foreign Ministry'],
  ['Defence Ministry', 'Defense Ministry'],
  ['Home Office'],
  ['Foreign Office'],
  // international bodies
  ['United Nations', 'UN', 'U.N.'],
  ['Security Council', 'UN Security Council', 'U.N. Security Council'],
  ['NATO', 'Nato'],
  ['European Union', 'EU', 'E.U.'],
  ['European Commission'],
  ['European Parliament'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['World Health Organization', 'WHO'],
  ['World Trade Organization', 'WTO'],
  ['OPEC'],
  ['International Criminal Court', 'ICC'],
  ['International Court of Justice', 'ICJ'],
  ['Interpol'],
  ['Red Cross', 'International Committee of the Red Cross', 'ICRC'],
  ['Red Crescent'],
  ['UNICEF'],
  ['UNRWA'],
  ['African Union', 'AU'],
  ['Arab League'],
  ['Amnesty International', 'Amnesty'],
  ['Human Rights Watch', 'HRW'],
  ['Doctors Without Borders', 'Médecins Sans Frontières', 'MSF'],
  ['G7'],
  ['G20'],
  // parties and movements
  // a party's members by name are the party ("Republicans", "a Democrat"), an organization by the guidelines
  ['Republican Party', 'GOP', 'Republican National Committee', 'RNC', 'Republicans', 'Republican'],
  ['Democratic Party', 'Democratic National Committee', 'DNC', 'Democrats', 'Democrat'],
  ['Labour Party', 'Labour'],
  ['Conservative Party', 'Tories', 'Conservatives'],
  ['Likud'],
  ['Zanu-PF', 'Zanu PF'],
  ['African National Congress', 'ANC'],
  ['Muslim Brotherhood'],
  ['Fatah'],
  // armed groups
  ['Hamas'],
  ['Hezbollah', 'Hizbollah'],
  ['Islamic Jihad', 'Palestinian Islamic Jihad'],
  ['Taliban'],
  ['al-Qaeda', 'al Qaeda', 'al-Qaida', 'al Qaida', 'Al Qaeda', 'Al-Qaeda'],
  ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'IS'],
  ['Houthis', 'Houthi'],
  ['Boko Haram'],
  ['al-Shabab', 'al-Shabaab', 'Al-Shabaab'],
  ['Wagner', 'Wagner Group'],
  ['PKK'],
  ['Ansar al-Sharia'],
  // companies
  ['Apple'],
  ['Google', 'Alphabet'],
  ['Microsoft'],
  ['Amazon'],
  ['Meta'],
  ['Tesla'],
  ['SpaceX'],
  ['OpenAI'],
  ['Nvidia'],
  ['Boeing'],
  ['Airbus'],
  ['AirAsia'],
  ['General Electric', 'GE'],
  ['General Motors', 'GM'],
  ['Ford'],
  ['Toyota'],
  ['Volkswagen'],
  ['ExxonMobil', 'Exxon'],
  ['Chevron'],
  ['Shell'],
  ['BP'],
  ['Gazprom'],
  ['Goldman Sachs'],
  ['JPMorgan', 'JPMorgan Chase'],
  ['Morgan Stanley'],
  ['Pfizer'],
  ['Moderna'],
  ['Huawei'],
  ['Samsung'],
  ['TikTok'],
];

export const PLACES: readonly Entry[] = [
  ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['Gaza', 'Gaza Strip'],
  ['West Bank'],
  ['Doha'],
  ['Middle East'],
  ['Darfur'],
  ['Sumatra'],
  ['Borneo'],
  ['Java'],
  ['Harare'],
  ['Abuja'],
  ['Idlib'],
  ['Raqqa'],
  ['Ramallah'],
  ['Rafah'],
  ['Khan Younis'],
  ['Donbas', 'Donbass'],
  ['Sirte'],
  ['Benghazi'],
  ['Tripoli'],
  ['Mediterranean', 'Mediterranean Sea'],
  ['Persian Gulf'],
  ['Red Sea'],
  ['Black Sea'],
  ['South China Sea'],
  ['Sahel'],
  ['Balkans'],
  ['Caribbean'],
  ['Kashmir'],
  ['Tibet'],
  ['Xinjiang'],
  ['Taiwan'],
  ['Hong Kong'],
  ['Crimea'],
  ['Kurdistan'],
  ['Golan Heights', 'Golan'],
  ['Jerusalem'],
  ['Tel Aviv'],
  ['Silicon Valley'],
  ['Wall Street'],
  ['Capitol Hill'],
  ['Capitol'],
  ['Europe'],
  ['Africa'],
  ['Asia'],
  ['Latin America'],
  ['North Africa'],
  ['West Africa'],
  ['East Africa'],
  ['Southeast Asia'],
  ['Washington', 'Washington DC', 'Washington D.C.'],
  ['Philippines'],
  ['West', 'the West'],
];

/** Nationality, religious and political group words (singular); plurals are derived. */
export const GROUP_WORDS: readonly string[] = [
  ...'Afghan Albanian Algerian American Arab Argentine Armenian Asian Australian Austrian Azerbaijani Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian Bulgarian Cambodian Cameroonian Canadian Chilean Colombian Congolese Croatian Cuban Cypriot Czech Egyptian Emirati Eritrean Estonian Ethiopian European Filipino Georgian German Ghanaian Greek Guatemalan Haitian Honduran Hungarian Indian Indonesian Iranian Iraqi Israeli Italian Ivorian Jamaican Jordanian Kazakh Kenyan Korean Kurd Kurdish Kuwaiti Latvian Lebanese Liberian Libyan Lithuanian Malaysian Malian Mexican Moldovan Mongolian Moroccan Nepali Nigerian Norwegian Pakistani Palestinian Peruvian Qatari Romanian Russian Rwandan Saudi Senegalese Serbian Singaporean Slovak Somali Sudanese Syrian Taiwanese Tanzanian Thai Tunisian Turkish Ugandan Ukrainian Uzbek Venezuelan Vietnamese Yemeni Zambian Zimbabwean African Australian Brit British Chinese Dutch English French Irish Japanese Polish Portuguese Scottish Spanish Swedish Swiss Welsh Danish Finnish'.split(
    ' ',
  ),
  ...'Muslim Christian Catholic Protestant Jew Jewish Hindu Buddhist Sikh Sunni Shia Shiite Islamist Salafist Jihadist Copt Evangelical Mormon Roman Arab Latino Hispanic Kurd Houthi Pashtun Uighur Uyghur Rohingya Tamil Druze Yazidi Alawite Bedouin'.split(
    ' ',
  ),
  'South Korean',
  'North Korean',
  'South African',
  'North African',
  'Saudi Arabian',
  'New Zealander',
  'Sri Lankan',
];

/** Group words that take no plural -s. */
const INVARIANT = /(?:ese|ish|ch|ss|Jewish|Kurdish)$/;

export function groupForms(word: string): string[] {
  if (INVARIANT.test(word) || word === 'British' || word === 'Swiss') return [word];
  return [word, `${word}s`];
}

/**
 * Titles and honorifics that may stand before a person's name; they are stripped from the name
 * (a title alone is never an actor). Lower-cased, without dots.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady president president-elect vice prime minister premier chancellor ' +
    'secretary senator sen rep representative congressman congresswoman governor gov mayor judge justice gen general ' +
    'lt lieutenant col colonel maj major capt captain sgt sergeant adm admiral cmdr commander brig brigadier marshal ' +
    'king queen prince princess pope sheikh sheik emir ayatollah rabbi imam father sister brother bishop archbishop ' +
    'cardinal reverend rev pastor speaker commissioner ambassador envoy chief director spokesman spokeswoman ' +
    'spokesperson chairman chairwoman chair deputy acting former foreign defence defense interior finance foreign ' +
    'health justice trade economy state attorney supreme leader officer inspector detective constable superintendent ' +
    'oceanographer economist analyst professor author sen. coach presidential candidate nominee first sheriff ' +
    'coroner prosecutor solicitor treasurer auditor comptroller clerk registrar sens reps'
  ).split(' '),
);

/** Title words that by themselves show the name after them is a person (not e.g. "General Electric"). */
export const STRONG_TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms miss mx dr prof professor sir dame president president-elect senator sen rep governor gov mayor judge king queen prince princess pope sheikh emir ayatollah rabbi imam bishop archbishop reverend rev pastor lt col capt sgt adm gen minister premier chancellor secretary speaker ambassador envoy chairman chairwoman leader admiral director commissioner'.split(
    ' ',
  ),
);

/** Last (or first, "University of ...") words that make a capitalised phrase an organisation. */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  (
    'agency ministry department council university college school institute institution center centre committee guild ' +
    'commission organization organisation association foundation court party office board service services authority ' +
    'union fund program programme society league federation corporation corp company co inc ltd llc plc group bureau ' +
    'forum academy alliance front movement army navy force forces guard guards police administration network airlines airline ' +
    'airways bank exchange parliament assembly congress senate cabinet government brigade brigades battalion corps ' +
    'council trust hospital clinic laboratory laboratories labs press media news times post herald tribune journal ' +
    'gazette international industries holdings partners capital bureau tribunal club team campaign coalition caucus ' +
    'regime secretariat directorate command unit division embassy consulate mission pac radio television ' +
    'broadcasting archive archives library research analytics consulting advisors advisers associates securities ' +
    'motors pharmaceuticals technologies solutions brands productions records studios pictures logistics ' +
    // a tribal government ("Catawba Nation"), the Joint Chiefs, outlets and data firms ("Business Insider",
    // "Yahoo Finance", "IHS Global Insight")
    'nation chiefs insider finance insight'
  ).split(' '),
);

/** Last words of a newspaper's name after its place: "Sacramento Bee", "Hartford Courant", "San Diego Union-Tribune". */
export const NEWSPAPER_HEADS: ReadonlySet<string> = new Set(
  (
    'register bee star sun courant chronicle tribune gazette inquirer dispatch examiner enquirer observer globe ' +
    'bulletin ledger sentinel monitor herald post times journal telegraph independent standard courier record'
  ).split(' '),
);

/** Last words that make a capitalised phrase a place. */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  (
    'sea ocean river lake island islands mountains mountain mount valley strait straits gulf bay desert peninsula ' +
    'province county state states square street avenue road airport bridge canal coast region district hills city ' +
    'town village museum park palace compound camp border plain plateau delta basin highlands territory territories ' +
    'republic kingdom emirates church cathedral mosque synagogue temple chapel prison jail stadium arena ' +
    'harbour harbor locks falls canyon forest heights springs pier wharf cove reef marsh glacier ' +
    // streets and roads ("Jolinda Drive", "Sunset Boulevard"; not "lane" or "alley", surnames: Diane Lane, Kirstie Alley)
    'drive boulevard highway freeway expressway motorway parkway turnpike'
  ).split(' '),
);

/** Capitalised words that are never an actor on their own (months, days, titles alone, pronoun-like words). */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...WEEKDAYS,
  ...(
    'i god internet web covid covid-19 coronavirus christmas easter ramadan eid ' +
    'ceo cfo coo tv gdp am pm ok id dna hiv aids pdf url cctv suv vip lgbt lgbtq ngo ngos pr ai ufo mp mps ' +
    'faq usd eur gmt utc est edt pst pdt bst cet ist cst mst jst aest cest msk iphone app arabic hebrew farsi urdu mandarin cantonese swahili hindi'
  ).split(' '),
  // reporting verbs in title-case headlines: "Glenn Beck Says Trump …"
  ...NEVER_NOUN_FORMS,
]);

/** Generational suffixes after a person's name ("James P. Kennedy Jr."): the same person is named without them. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set('jr sr ii iii iv'.split(' '));

/** Lower-case name particles that stay inside a name: "Osama bin Laden", "Erik van Sebille". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'bin ibn van von der den de da del della di du la le al el ben'.split(' '),
);

/** "Pro-Islamic State", "Anti-Trump": a capitalised prefix that is not part of the name (any case). */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set('pro anti post pre non ex neo mid'.split(' '));

/**
 * Lower-case words that close an ordinary compound after a name ("Houston-area", "Soviet-era", "Christmas-tree",
 * "Texas-sized"), for those compromise's lexicon does not know as words.
 */
export const COMPOUND_TAILS: ReadonlySet<string> = new Set(
  'area era style type wide like owned run class level sized size bound tree shaped themed inspired centric'.split(' '),
);

/** Prepositions of place both lists below share: "in Jakarta", "near Aleppo", "outside the White House". */
const LOCATIVE_PREPOSITIONS: readonly string[] = 'in at into near across outside inside toward towards'.split(' ');

/**
 * Prepositions before a name that vote for a place (actors.ts: one vote among the name's others): the locative
 * ones and "from", "throughout", "via" ("flew in from Jakarta", "via Istanbul"). Not "off": a verb's particle
 * before a name ("fend off Trump", "paid off Cohen") would vote a person a place.
 * PolNeAR train: 20369 uses, inside a gold sourcing span in 1653 (8%), inside a gold source in 966 (5%).
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([...LOCATIVE_PREPOSITIONS, 'from', 'throughout', 'via']);

/**
 * Prepositions that, before every mention of a "person", make it a place the tagger took for a name
 * (attributions.ts: never what "he" or "she" stands for): the locative ones and "off" ("off Tanjung Priok").
 * Not "from", "throughout" or "via": a person may be named only after them ("a statement from Smith",
 * "throughout Smith's career", "via Smith's lawyer"), and that one mention would make them a place.
 * PolNeAR train: 18026 uses, inside a gold sourcing span in 1482 (8%), inside a gold source in 829 (5%).
 */
export const PLACE_ONLY_PREPOSITIONS: readonly string[] = [...LOCATIVE_PREPOSITIONS, 'off'];

/** Nouns whose "of" names a place: "the town of ...", "the mayor of ...". */
export const OF_PLACE_NOUNS: ReadonlySet<string> = new Set(
  'town city village county province state region district suburb island capital outskirts mayor residents people council governor streets'.split(
    ' ',
  ),
);

/** Words after a name that vote for an organisation: "the Baath party", "the Wagner militia". */
export const ORG_FOLLOWERS: ReadonlySet<string> = new Set(
  'party faction movement militia group company firm agency network newspaper broadcaster channel militants fighters magazine brokerage retailer chain website publisher'.split(
    ' ',
  ),
);

/**
 * Facilities written after a name in lower case: "Walter Reed hospital", "Heathrow airport": the name is the
 * place, whoever it was named after; and a town's police, residents or neighbourhoods: "Ferguson police".
 */
export const PLACE_FOLLOWERS: ReadonlySet<string> = new Set(
  'hospital airport airbase campus prison jail stadium arena station harbour harbor port bridge square plaza police residents neighborhood neighbourhood suburb area metro region'.split(
    ' ',
  ),
);

/** Head nouns of an apposition that make the name before it a place: "Addison, a village southwest of …". */
export const APPOSITION_PLACE_NOUNS: ReadonlySet<string> = new Set(
  'village town city hamlet suburb neighborhood neighbourhood borough county state province region district island community municipality township country nation enclave'.split(
    ' ',
  ),
);

/** Head nouns of an apposition that make the name before it a body: "InfoNation, a Houston-based provider of …". */
export const APPOSITION_ORG_NOUNS: ReadonlySet<string> = new Set(
  'company firm corporation business provider maker manufacturer producer retailer grocer chain brokerage bank lender insurer publisher magazine newspaper website outlet broadcaster startup label nonprofit charity utility conglomerate subsidiary'.split(
    ' ',
  ),
);

/**
 * Nouns written before a name that make it a work or a medium, never an actor: "the show Squawk Box", "the book
 * Fire and Fury", "the hashtag BlackLivesMatter".
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set(
  'show program programme series film movie documentary book novel memoir album song play musical podcast column hashtag slogan video app game'.split(
    ' ',
  ),
);

/** Nouns written before a name that make it a body's: "the Italian newspaper La Stampa", "the group Zarnex". */
export const LEADING_ORG_NOUNS: ReadonlySet<string> = new Set(
  'company firm corporation business retailer grocer chain brokerage bank lender insurer magazine newspaper website outlet broadcaster startup nonprofit charity utility conglomerate subsidiary daily tabloid network agency group party union channel'.split(
    ' ',
  ),
);

/** "the Trump administration", "the Obama presidency": the name before is a person's. */
export const PERSON_FOLLOWERS: ReadonlySet<string> = new Set('administration presidency campaign family'.split(' '));

/** Last words of events, shows, laws and wars: "Bastille Day", "Civil War", "Late Show", "Affordable Care Act". */
export const EVENT_HEADS: ReadonlySet<string> = new Set(
  'day war wars classic cup games olympics championship championships festival prize award awards act bill amendment treaty accord accords agreement summit show series spring revolution crisis doctrine week dialogue final finals primary primaries debate tournament marathon expo'.split(
    ' ',
  ),
);

/** Roman numerals after an event's head: "World War II". Case as written. */
export const ROMAN_NUMERALS: ReadonlySet<string> = new Set('I II III IV V VI VII VIII IX X'.split(' '));

/** Ships and the like: "USS Sampson" is not an actor of the story's kind. Case as written. */
export const VEHICLE_PREFIXES: ReadonlySet<string> = new Set(['USS', 'HMS', 'MV', 'INS', 'RFA']);

export interface LexiconHit {
  canonical: string;
  kind: ActorKind;
}

/** Key used to look names up: lower case, no dots, hyphens and curly quotes folded, "the" dropped. */
export function lexKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2019']s$/, '')
    .replace(/\./g, '')
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function buildIndex(): Map<string, LexiconHit> {
  const index = new Map<string, LexiconHit>();
  const put = (name: string, hit: LexiconHit) => {
    const k = lexKey(name);
    if (k && !index.has(k)) index.set(k, hit);
  };
  for (const [canonical, ...aliases] of ORGANIZATIONS) {
    for (const n of [canonical, ...aliases])
      put(n, { canonical: canonical.replace(/^The /, ''), kind: 'organization' });
  }
  for (const [canonical, ...aliases] of PLACES) {
    for (const n of [canonical, ...aliases]) put(n, { canonical, kind: 'place' });
  }
  for (const g of GROUP_WORDS) {
    for (const n of groupForms(g)) put(n, { canonical: g, kind: 'group' });
  }
  return index;
}

/** Canonical names of wire agencies and outlets ("Reuters", "Associated Press"). */
export const OUTLETS: ReadonlySet<string> = new Set(
  OUTLET_ENTRIES.map(([canonical]) => canonical.replace(/^The /, '')),
);

/** Name -> entity, keyed by lexKey(). */
export const LEXICON_INDEX: ReadonlyMap<string, LexiconHit> = buildIndex();

/**
 * Keys the lexicon only writes in capitals ("IS", "WHO", "ICE", "US"): they name the entity only when the
 * text writes them in capitals too, never "Is", "Who" or "us".
 */
export const ACRONYM_KEYS: ReadonlySet<string> = (() => {
  const caps = new Set<string>();
  const mixed = new Set<string>();
  for (const [canonical, ...aliases] of [...ORGANIZATIONS, ...PLACES]) {
    for (const n of [canonical, ...aliases]) (/^[A-Z.&-]+$/.test(n) ? caps : mixed).add(lexKey(n));
  }
  return new Set([...caps].filter((k) => !mixed.has(k)));
})();

/** First word of every lexicon key: a cheap test before trying multi-word lookups at a position. */
export const LEXICON_FIRST_WORDS: ReadonlySet<string> = new Set([...LEXICON_INDEX.keys()].map((k) => k.split(' ')[0]!));

/** Longest lexicon entry, in words (bounds the look-ahead when matching word runs). */
export const LEXICON_MAX_WORDS = 6;

/** Lexicon names that are also ordinary words ("labour market", "the fed-up"): never taught to compromise. */
const COMMON_WORDS: ReadonlySet<string> = new Set(
  'who ice fed meta shell ford labour treasury congress senate parliament capitol amazon apple vox java times guardian telegraph economist independent hill twitter facebook interpol wagner tories'.split(
    ' ',
  ),
);

/** Words compromise lacks, as `word: Tag` for nlp.addWords (lower case, single or multi-word). */
export const NEWS_LEXICON: Record<string, string> = (() => {
  const out: Record<string, string> = {};
  const add = (name: string, tag: string) => {
    const k = name.toLowerCase();
    // Short acronyms ("AP", "IS", "PA", "AU") collide with ordinary words once lower-cased: keep them out of compromise.
    if (k.length <= 2 || COMMON_WORDS.has(k)) return;
    if (!(k in out)) out[k] = tag;
  };
  for (const [canonical, ...aliases] of ORGANIZATIONS)
    for (const n of [canonical, ...aliases]) if (!/^the /i.test(n)) add(n, 'Organization');
  for (const [canonical, ...aliases] of PLACES) for (const n of [canonical, ...aliases]) add(n, 'Place');
  return out;
})();

/** Words that open a place's name before a country's ("North Korea", "New Guinea", "Greater China"). */
export const DIRECTION_WORDS: ReadonlySet<string> = new Set(
  'north south east west central northern southern eastern western new greater upper lower'.split(' '),
);
