// Stage 3-4 of the attribution pass (lib/attributions.ts): speaker and content. Each rule delimits what a cue
// reports; the attribution it makes carries the rule's id.
import type { Rule } from '../rule.ts';

export const CONTENT_RULES: Rule[] = [
  {
    id: 'content.relative-clause',
    stage: 'content',
    matches: 'the clause after a cue in a relative clause set off by commas ("Smith, who said X, …")',
    why:
      'the relative pronoun is the source and stands for the name before it (or before a description between ' +
      'commas); the clause ends where the sentence takes back its own verb',
    fires: [
      'The plan was drawn up by Jane Smith, who said the bridge would reopen in May.',
      'Officials met Mitch McConnell, now the Senate majority leader, who in 2010 said the goal was a one-term president.',
      'Senator Ann Lee, a Maine Democrat who said the plan would fail, nevertheless voted for it.',
    ],
    never: [
      'The state, which is also seeking the death penalty, filed charges.',
      'He met a prime minister who has declared his intention to resist the plan.',
    ],
    evidence: 'PolNeAR dev: attributions 0.655 → 0.659; dev set 0.855 → 0.863; saved pages 0.777 → 0.779',
  },
  {
    id: 'content.prepositional-object',
    stage: 'content',
    matches: 'a phrase opened by a preposition after a verb that does not report it ("asked for", "pressed for")',
    why: '"asked for a recount" is a demand, not a statement; "called for" and "talked about" keep theirs',
    fires: ['The mayor asked for a recount of the ballots in May.'],
    never: ['The senator called for an inquiry into the crash.'],
    evidence: 'PolNeAR train: 41 verb-preposition pairs whose such contents matched gold in 45 of 142',
  },
  {
    id: 'content.verbless-before',
    stage: 'content',
    matches: 'the clause before a cue when it has no verb and no quotation (set aside)',
    why: '"In a wide-ranging interview, he said" reports no clause before the cue',
    fires: ['In a long interview on Friday, the mayor said.'],
    never: ['The bridge will reopen in May, the mayor said.'],
    evidence: 'PolNeAR train: 36 such contents, 2 of them matching gold',
  },
  {
    id: 'content.colon-list',
    stage: 'content',
    matches: 'a cue closing its paragraph with a colon, then list items (lines without a sentence end)',
    why: "bulleted points lose their markers in text; each item is one statement of the cue's speaker",
    fires: [
      'In the interview, the mayor also said:\nThe bridge will reopen in May\nFares will not rise this year\nThe council meets on Friday.',
    ],
    never: ['The mayor said:\nThe bridge will reopen in May.\nFares rose last year.'],
  },
  {
    id: 'content.noun-object',
    stage: 'content',
    matches: 'a clause after the cue that is a bare noun phrase, for a verb that does not report one (set aside)',
    why:
      '"suggested nothing new", "acknowledged a letter": the object is not what was said; the sourcing phrase stays, ' +
      'except after a belief verb ("have known for a while", "I know him"), which then holds no position at all',
    fires: ['The mayor suggested nothing new.', 'The minister acknowledged a long letter from the board.'],
    never: ['The senator called the plan a disaster.', 'The ministry denied the report.'],
    evidence:
      'PolNeAR train: after the 76 verbs kept, noun-phrase contents match gold in 549 of 756; after the others, in 164 of 453',
  },
  {
    id: 'content.clause-after',
    stage: 'content',
    matches: 'the reported clause after the cue ("said on Monday that X")',
    why:
      'indirect speech follows its verb, after an optional "that"; a gerund object runs on through the gerunds ' +
      'coordinated with it ("proposed refinancing loans and forcing colleges to pay")',
    fires: [
      'Smith said on Monday that the plant would close.',
      'The senator proposed refinancing student loans and forcing colleges to spend more.',
    ],
    never: ['“The plant will close,” Smith said.'],
  },
  {
    id: 'content.fronted-clause',
    stage: 'content',
    matches:
      'a cue inside a subordinate clause that opens its sentence ("When X said Y, Z replied"): the content ends at the comma before the main clause',
    why: "the main clause after the comma is the writer's, not what the subordinate clause's speaker said",
    fires: ['When the mayor promised a new bridge, the council voted against it.'],
    never: [
      'The mayor promised a new bridge, and the council voted against it.',
      'As the mayor said, the bridge is old.',
    ],
  },
  {
    id: 'content.noun-object-end',
    stage: 'content',
    matches:
      'a noun phrase reported by a verb that takes one ("praised", "cited", "promised") followed by a comma and a relative clause, a "but" clause or a participle, or by "and" and a past verb',
    why: 'the writer\'s description of the thing and the speaker\'s next act are not what was said; a relative clause the object goes on after ("accused X, who …, of Y") stays',
    fires: [
      'Senator Smith cited criticism of Governor Jones, who took heat for his questions at the forum.',
      'The administration promised a veto and attempted to make the case against the bill.',
    ],
    never: [
      'Senator Smith accused Governor Jones, who was born in Cuba, of lying about the budget.',
      'The mayor said the bridge, which is old, would close.',
    ],
  },
  {
    id: 'content.trailing-adjunct',
    stage: 'content',
    matches:
      'a reported noun phrase or infinitive followed by a phrase of time or occasion ("at a rally", "last week", "in early-morning tweets") that runs to the end of the clause',
    why: 'when and where something was said is not what was said; a finite clause ("said the bridge would open on Monday") keeps its adjuncts',
    fires: [
      'Senator Smith attacked Governor Jones in a series of late-night tweets.',
      'The mayor endorsed the plan last week.',
      'The council urged residents to save water after the reservoir ran low.',
    ],
    never: [
      'The mayor said the bridge would open on Monday.',
      'The minister called his remarks on Saturday “a grave mistake.”',
      'The governor said that the plan was unveiled at a rally.',
    ],
  },
  {
    id: 'content.quote-lead-in',
    stage: 'content',
    matches:
      'a quotation before its cue that completes a short prose frame opening the sentence ("The bill\'s failure was “heartbreaking,” she said")',
    why: 'the sentence, not the quoted fragment alone, is what the speaker is reported to have said',
    fires: ["Senator Ann Lee spoke on Monday. The bill's failure was “heartbreaking,” she said."],
    never: ['Senator Ann Lee spoke on Monday. “The bill failed,” she said.'],
  },
  {
    id: 'content.quote-after',
    stage: 'content',
    matches: 'a quotation right after the cue ("Smith said, “…”"; opening the sentence, "Added Smith: “…”")',
    why: 'a direct quotation introduced by its verb',
    fires: ['Smith said, “The plant will close next year.”', 'Ann Lee spoke last. Added the senator, "We will win."'],
    never: ['Smith said the plant would close next year.'],
  },
  {
    id: 'content.quote-after-colon',
    stage: 'content',
    matches: 'a quotation after a colon ending the cue\'s clause ("Cruz continued: “…”")',
    why: 'the colon hands over to the quotation, in the same or the next paragraph',
    fires: ['Cruz continued:\n“We are going to win.”', 'An Iowa voter answered that question: “Nobody cares.”'],
    never: ['Cruz said: “We are going to win.”'],
  },
  {
    id: 'content.quote-before',
    stage: 'content',
    matches: 'the quotation just before the cue ("“…,” Smith said")',
    why: 'the commonest shape of a direct quotation in news',
    fires: ['“The plant will close,” Smith said.'],
    never: ['Smith said the plant would close.'],
  },
  {
    id: 'content.clause-before',
    stage: 'content',
    matches: 'the clause before a sentence-final or comma-set cue ("The plant will close, Smith said.")',
    why: 'indirect speech with the cue after it',
    fires: ['The plant will close next year, Smith said.'],
    never: ['Smith said the plant will close next year.'],
  },
  {
    id: 'content.parenthetical-cue',
    stage: 'content',
    matches: 'a clause interrupted by its cue ("The bigger risk, he said, is a clash")',
    why:
      'the content runs on past the parenthetical cue; a verb right after it has its subject before the cue, ' +
      'however short ("Time, she said, was on their side"), a quotation inside the rest stays in it, and "because", ' +
      '"including", "but" carry the clause on (not "and" or "but" before a verb of the speaker\'s own), and so ' +
      'does a quotation opening in lower case or a gerund that is the subject of the verb after it; a relative ' +
      'clause right after the cue ("…, said Tom Forte, who follows the company") describes the speaker and ends it',
    fires: [
      'The bigger risk, Smith said, is a clash at sea.',
      'The solution, the mayor told them, was simple.',
      'That, the mayor said, is by design.',
      'The new fares, the mayor said, were “a fair deal for riders.”',
      'The roads were shut, the mayor said, because the storm had flooded them.',
      'In the long run, the mayor said, “the bridge will pay for itself.”',
      'The last move went smoothly, the mayor said, but replacing the bridge would be much harder.',
      'The last move went smoothly, the mayor said, replacing the bridge would be much harder.',
    ],
    never: [
      'Still, the mayor said, the bridge will reopen in May.',
      'The roads were shut, the mayor said, and did not elaborate.',
      'In the long run, the mayor said, “We will pay for the bridge.”',
      'The bridge is old, the mayor said, pointing to the map.',
      'Sales have been steady, said Tom Forte, who follows the company for a bank.',
      'The bridge is old, the mayor said, which surprised nobody.',
    ],
    evidence:
      'PolNeAR train: attributions 0.653 → 0.655 (tp 10130 → 10160); dev 0.670 → 0.674; saved pages 0.846 → 0.848',
  },
  {
    id: 'content.according-to-after',
    stage: 'content',
    matches: '"According to X, CONTENT"',
    why: 'a sentence-initial "according to" governs the clause after its comma',
    fires: ['According to the ministry, 40 people were hurt in the blast.'],
    never: ['Forty people were hurt in the blast, according to the ministry.'],
  },
  {
    id: 'content.according-to-before',
    stage: 'content',
    matches: '"CONTENT, according to X."',
    why: 'a trailing "according to" governs the clause before it',
    fires: ['Forty people were hurt in the blast, according to the ministry.'],
    never: ['According to the ministry, 40 people were hurt in the blast.'],
  },
];
