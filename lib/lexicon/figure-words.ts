// Words of figures: number words, the modifiers and units around a number, currencies, months and days.
// lib/figures.ts reads them; data only. Evidence lines: `npx tsx scripts/lexicon-evidence.ts` on PolNeAR train, uses
// only: its shares measure sourcing spans and sources, which say nothing of figures.
import { MONTH_ABBREVIATIONS } from './abbreviations.ts';

const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/**
 * Number words below twenty: "three people", "nineteen".
 * PolNeAR train: 3179 uses.
 */
export const UNITS_0_19 = words(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
);
/**
 * Tens: "twenty-five", "forty".
 * PolNeAR train: 9 uses.
 */
export const TENS = words('twenty thirty forty fifty sixty seventy eighty ninety');
/**
 * Number words that scale the one before: "three million", "two dozen".
 * PolNeAR train: 701 uses.
 */
export const SCALES = words('hundred thousand million billion trillion dozen');
/**
 * Scales written short after a number: "$3bn", "5m".
 * PolNeAR train: 309 uses.
 */
export const SHORT_SCALES = words('bn mn m k tn');
/**
 * Plural scales that make a vague count: "hundreds of", "thousands".
 * PolNeAR train: 347 uses.
 */
export const VAGUE = words('hundreds thousands millions billions dozens tens');
/**
 * One word before a number that makes it approximate or a bound: "about 300", "nearly half".
 * PolNeAR train: 4781 uses.
 */
export const MODIFIERS_1 = words('about around approximately roughly nearly almost some over under estimated barely');
/**
 * Two words before a number that make it a bound or an estimate: "more than 40", "at least 19".
 * PolNeAR train: 988 uses.
 */
export const MODIFIERS_2: ReadonlySet<string> = new Set([
  'more than',
  'less than',
  'fewer than',
  'at least',
  'at most',
  'up to',
  'as many',
  'as much',
  'as few',
  'an estimated',
  'more then',
]);
/**
 * Month names in calendar order (lib/figures.ts numbers them from 0).
 * PolNeAR train: 1521 uses.
 */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/**
 * Month abbreviations in a date: abbreviations.ts's list and "sept" ("Sept. 11").
 * PolNeAR train: 201 uses.
 */
export const MONTH_ABBR: ReadonlySet<string> = new Set([...MONTH_ABBREVIATIONS, 'sept']);
/**
 * Month names that are also ordinary words or names: dates only with a day, a year or a date-like word before.
 * PolNeAR train: 892 uses.
 */
export const AMBIGUOUS_MONTHS = words('may march august june april');
/**
 * Words before a month name that make it a date: "in March", "since May", "early June".
 * PolNeAR train: 79552 uses.
 */
export const DATE_PREPOSITIONS = words(
  'in since by until till from early late mid last next this of on through before after between and or to during throughout',
);
/**
 * Days of the week: "on Monday".
 * PolNeAR train: 1828 uses.
 */
export const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');
/**
 * Parts of a day after a weekday: "Monday morning".
 * PolNeAR train: 545 uses.
 */
export const DAY_PARTS = words('morning afternoon evening night');
/**
 * Units of a duration or an age: "three years", "48 hours".
 * PolNeAR train: 3578 uses.
 */
export const TIME_UNITS = words(
  'second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries',
);
/**
 * Units of a measure after a number: "30 km", "2,000 barrels", "300 people".
 * PolNeAR train: 1768 uses.
 */
export const MEASURE_UNITS = words(
  'km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters m cm mm foot feet ft inch inches ' +
    'yard yards kg kgs kilogram kilograms gram grams g lb lbs pound pounds ton tons tonne tonnes knot knots mph kph ' +
    'acre acres hectare hectares litre litres liter liters gallon gallons barrel barrels bpd degree degrees celsius ' +
    'fahrenheit watts kw mw gw kwh mwh gwh megawatts gigawatts volts gb tb mb bytes calories people',
);
/**
 * Words before a unit that stay in the measure: "square miles", "nautical miles".
 * PolNeAR train: 27 uses.
 */
export const AREA_PREFIX = words('square cubic nautical sq');
/**
 * Currencies written as words after a number: "3 million dollars", "500 euros".
 * PolNeAR train: 590 uses.
 */
export const CURRENCY_WORDS = words(
  'dollar dollars euro euros pound pounds sterling yen yuan renminbi rupee rupees rupiah ringgit peso pesos franc francs ruble rubles rouble roubles shekel shekels dinar dinars riyal riyals won lira dirhams rand naira baht cents pence',
);
/**
 * Currency signs before a number: "$5", "€3".
 * Signs, not words: no evidence line.
 */
export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(['$', '\u20ac', '\u00a3', '\u00a5', '\u20b9', '\u20aa']);
/**
 * Words for a percentage after a number: "12 percent".
 * PolNeAR train: 897 uses.
 */
export const PERCENT_WORDS = words('percent pct');
/**
 * Letters that may follow digits directly: ordinal suffixes, decades, units, scales.
 * PolNeAR train: 1358 uses.
 */
export const DIGIT_SUFFIXES = words(
  'st nd rd th s am pm km kg m cm mm ft bn mn k tn mph kph lb lbs g gb tb mb mw gw kw',
);
/**
 * "one" in these company is not a count: "one of", "no one", "one another".
 * PolNeAR train: 18443 uses.
 */
export const ONE_NEXT_SKIP = words('of another day way thing time point hand side other');
/**
 * None
 * PolNeAR train: 48913 uses.
 */
export const ONE_PREV_SKIP = words('no any every each the this that which someone anyone everyone only');

/** Emergency telephone numbers: "a tip to 911", "999 calls" name a service, they count nothing. */
export const EMERGENCY_NUMBERS = words('911 999 112');

/** Words around an emergency number that show it is dialled: "called 911", "911 calls", "a tip to 911". */
export const DIALLING_WORDS = words(
  'call calls called calling caller callers dial dialed dialled dialing to dispatcher dispatchers operator',
);
