// Stage 5 of the attribution pass (lib/attributions.ts): statements found without a reporting verb.
import type { Rule } from '../rule.ts';

export const STATEMENT_RULES: Rule[] = [
  {
    id: 'statement.colon-label',
    stage: 'statement',
    matches: '"NAME: words" opening a headline, a paragraph or a transcript turn',
    why: 'headlines and transcripts name the speaker before a colon',
    fires: ['SMITH: We will not back down on this bill.'],
    never: [
      'The plan has three parts: a tax, a fund and a cap.',
      'The panel has members in four states.\nNew Hampshire: Ann Lee, Bob Ray and Carl Zed serve on it.',
    ],
  },
  {
    id: 'statement.passive-agent',
    stage: 'statement',
    matches: '"X was first reported by Y": Y said X',
    why: 'the agent of a passive report is the source, the subject what was reported',
    fires: ['The move was first reported by MSNBC.'],
    never: ['MSNBC reported the move first.', 'The attacks were ordered by the general.'],
  },
  {
    id: 'statement.signed-quote',
    stage: 'statement',
    matches: 'a quotation signed with a dash and a name',
    why: 'a signature outranks a reporting verb inside the quotation',
    fires: ['“We will win this fight together.” — Jane Smith'],
    never: ['“We will win this fight together,” she said.'],
  },
  {
    id: 'statement.continued-quote',
    stage: 'statement',
    matches:
      'a quotation continuing an attributed one ("“A,” he said. “B.”"), opening the sentence after a reported statement ("A, he said. “B.”"), or after a sentence or two whose subject is the speaker ("“A,” said Smith. He left early. “B.”")',
    why: 'one statement, the attribution between its halves included, as PolNeAR annotates it; after a reported statement or a sentence about the speaker, the same speaker in their own words',
    fires: [
      '“We will win,” Smith said. “And we will win big.”',
      'The vote was fair, Ann Smith said. “We will win.”',
      '“We are ready,” Smith said on Monday. He left early. “It is over.”',
    ],
    never: ['“We will win,” Smith said.', '“We are ready,” Smith said on Monday. Jones left early. “It is over.”'],
  },
];
