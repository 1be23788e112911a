// Words that put a reporting verb in another sense (lib/attributions.ts, lexicalVeto): a plea, a verdict,
// turning up for work. Each list is the complement that makes the sense.

/** What a defendant pleads: "pleaded guilty", "pleads no contest" (veto.legal-plea). */
export const PLEAS = new Set(['guilty', 'innocent', 'not guilty', 'no contest']);

/** A court's verdict after "found": "found him guilty", "was found liable" (veto.verdict). */
export const VERDICTS = new Set(['guilty', 'innocent', 'liable']);

/** What one reports for or to when turning up: "reported for duty", "reported to work" (veto.report-for-duty). */
export const DUTY = new Set(['duty', 'work', 'jail', 'prison', 'training', 'camp']);
