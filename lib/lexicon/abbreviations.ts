// Abbreviations whose dot does not end a sentence, and the short forms of months and weekdays in dates.
// Text shape, not evidence of sourcing: no corpus figures.

/** Abbreviations that end with a dot which does not end the sentence: "Mr. Smith", "No. 10". */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'mr mrs ms dr prof st jr sr gen sen sens rep reps gov lt col maj capt sgt adm cmdr brig rev messrs no vs'.split(' '),
);

/** Short month names, as a date writes them before a day: "Dec 30", "Jan. 5". */
export const MONTH_ABBREVIATIONS: readonly string[] = 'jan feb mar apr jun jul aug sep oct nov dec'.split(' ');

/** Short months and weekdays ("Tue Dec 30"): not a name when a number or another date word follows. */
export const DATE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...MONTH_ABBREVIATIONS,
  'sept',
  ...'mon tue tues wed thu thur thurs fri sat sun'.split(' '),
]);
