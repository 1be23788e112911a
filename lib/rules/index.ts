// Every rule, in pipeline order: actor rules, then the attribution stages (cues found → vetoed → content →
// statements), then claim detectors. The id is the key: grep it to find the code that applies the rule.
import { ACTOR_RULES } from './actors.ts';
import { CONTENT_RULES } from './attribution/content.ts';
import { CUE_RULES } from './attribution/cues.ts';
import { STATEMENT_RULES } from './attribution/statements.ts';
import { VETO_RULES } from './attribution/vetoes.ts';
import { CLAIM_RULES } from './claims.ts';
import type { Rule } from './rule.ts';

export const RULES: readonly Rule[] = [
  ...ACTOR_RULES,
  ...CUE_RULES,
  ...VETO_RULES,
  ...CONTENT_RULES,
  ...STATEMENT_RULES,
  ...CLAIM_RULES,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));
