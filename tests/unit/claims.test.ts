// Unconfirmed claims (lib/claims.ts): table-driven, on sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { findClaims } from '../../lib/claims.ts';
import { parse } from '../../lib/nlp.ts';
import type { Attribution, Claim } from '../../lib/types.ts';

function claimsOf(text: string, attributions: Attribution[] = []): Claim[] {
  return findClaims(parse(text), { actors: [], sourcing: [], attributions });
}

/** A hand-built attribution: content and source located by their text. */
function attribution(text: string, speaker: string, content: string, anonymous: boolean): Attribution {
  const start = text.indexOf(content);
  const s = text.indexOf(speaker);
  return {
    speaker,
    anonymous,
    direct: false,
    content: { start, end: start + content.length, text: content },
    source: { start: s, end: s + speaker.length, text: speaker },
  };
}

describe('is a claim', () => {
  test.each([
    // [sentence, claim span, reason kind, reason cue]
    [
      'Five Americans are held by the group, one of whom, a 21-year-old soldier, is believed to still be alive.',
      'is believed to still be alive',
      'hedge',
      'believed to',
    ],
    [
      'Three hostages are believed to still be held in the tunnels.',
      'Three hostages are believed to still be held in the tunnels',
      'hedge',
      'believed to',
    ],
    [
      'The minister reportedly met the envoy in Geneva last week.',
      'The minister reportedly met the envoy in Geneva last week',
      'hedge',
      'reportedly',
    ],
    ['The driver allegedly fled the scene, police said.', 'The driver allegedly fled the scene', 'hedge', 'allegedly'],
    [
      'The rebel commander is thought to have crossed the border.',
      'The rebel commander is thought to have crossed the border',
      'hedge',
      'thought to',
    ],
    ['The singer is said to own three castles.', 'The singer is said to own three castles', 'hedge', 'said to'],
    ['The bomber may have acted alone.', 'The bomber may have acted alone', 'hedge', 'may have'],
    [
      'Two guards died, and four prisoners may have escaped, the ministry said.',
      'four prisoners may have escaped',
      'hedge',
      'may have',
    ],
    [
      'The ferry, which was carrying 80 people, could be at the bottom of the lake, he said.',
      'could be at the bottom of the lake',
      'hedge',
      'could be',
    ],
    [
      'The strike appears to have been aimed at a weapons depot.',
      'The strike appears to have been aimed at a weapons depot',
      'hedge',
      'appears to',
    ],
    [
      'He gave a speech, in what appeared to be a warning to his rivals.',
      'what appeared to be a warning to his rivals',
      'hedge',
      'appeared to',
    ],
    [
      'The mayor resigned. But it remains unclear whether she will run again, which would upset the party.',
      'it remains unclear whether she will run again',
      'hedge',
      'remains unclear',
    ],
    [
      'What caused the fire, which started at dawn, is still a mystery.',
      'is still a mystery',
      'hedge',
      'is still a mystery',
    ],
    [
      'Army intelligence believes that only 40 fighters remain in the town.',
      'only 40 fighters remain in the town',
      'hedge',
      'believes',
    ],
    ['The blast raised fears that the militia was rearming.', 'the militia was rearming', 'hedge', 'fears'],
    [
      'The company purportedly paid the fine in cash.',
      'The company purportedly paid the fine in cash',
      'hedge',
      'purportedly',
    ],
    ['The senator denied that he had received any payment.', 'he had received any payment', 'disputed', 'denied'],
    ['The ministry rejected claims that the vaccine was unsafe.', 'the vaccine was unsafe', 'disputed', 'rejected'],
    [
      'Residents said 30 people were killed in the raid, which could not be independently verified.',
      'Residents said 30 people were killed in the raid',
      'unverified',
      'could not be independently verified',
    ],
    [
      'Dozens of tanks crossed the river overnight, according to unconfirmed reports.',
      'Dozens of tanks crossed the river overnight',
      'anonymous-source',
      'unconfirmed reports',
    ],
    [
      'The newspaper first reported the deal, citing two people familiar with the matter.',
      'citing two people familiar with the matter',
      'anonymous-source',
      'two people familiar with',
    ],
    [
      'The envoy cancelled his visit after the talks stalled, a senior diplomat told the agency.',
      'The envoy cancelled his visit after the talks stalled',
      'anonymous-source',
      'a senior diplomat',
    ],
    [
      'Staff were told: "Sell feelings." Some buyers may have paid twice.',
      'Some buyers may have paid twice',
      'hedge',
      'may have',
    ],
    [
      'Aides did not know if Mr. Smith would attend the summit.',
      'Aides did not know if Mr. Smith would attend the summit',
      'hedge',
      'did not know if',
    ],
    [
      'The deal may include farm goods, people familiar with the talks say.',
      'The deal may include farm goods',
      'anonymous-source',
      'people familiar with',
    ],
    [
      'So far, insiders said, the governor has done an admirable job.',
      'the governor has done an admirable job',
      'anonymous-source',
      'insiders',
    ],
    [
      'The suspect is believed by investigators to have fled abroad.',
      'The suspect is believed by investigators to have fled abroad',
      'hedge',
      'believed',
    ],
    ['It is understood that the bank will cut 500 jobs.', 'the bank will cut 500 jobs', 'hedge', 'understood'],
    [
      'Rebels posted a video of the downed jet. The footage could not be authenticated.',
      'Rebels posted a video of the downed jet',
      'unverified',
      'could not be authenticated',
    ],
    [
      'Two officials, speaking on condition of anonymity, said the talks had failed.',
      'the talks had failed',
      'anonymous-source',
      'Two officials',
    ],
    [
      'People familiar with the matter said the company would be sold next year.',
      'the company would be sold next year',
      'anonymous-source',
      'People familiar with',
    ],
    [
      'A senior official, who asked not to be named, said the minister would resign.',
      'the minister would resign',
      'anonymous-source',
      'A senior official',
    ],
    [
      'It was not immediately clear whether anyone was hurt.',
      'It was not immediately clear whether anyone was hurt',
      'hedge',
      'was not immediately clear',
    ],
    [
      'The fire was likely caused by a faulty cable.',
      'The fire was likely caused by a faulty cable',
      'hedge',
      'likely',
    ],
    ['The group claimed to have downed a drone.', 'The group claimed to have downed a drone', 'hedge', 'claimed to'],
    [
      'The paper reported the raid, citing unnamed officials.',
      'citing unnamed officials',
      'anonymous-source',
      'unnamed officials',
    ],
    // one witness: the pattern once wrote `witnesses?`, which never matched "witness"
    [
      'An unidentified witness said the shelling began at dawn.',
      'the shelling began at dawn',
      'anonymous-source',
      'unidentified witness',
    ],
    ['Officials estimate that 3,000 homes were destroyed.', '3,000 homes were destroyed', 'hedge', 'estimate'],
    [
      'Prosecutors say the mayor took bribes from builders. He denied the allegations.',
      'Prosecutors say the mayor took bribes from builders',
      'disputed',
      'denied',
    ],
    [
      'Oil fell after sources said the cartel would cut output.',
      'the cartel would cut output',
      'anonymous-source',
      'sources',
    ],
    [
      'Police are investigating reports by local farmers of gunfire near the dam.',
      'reports by local farmers of gunfire near the dam',
      'anonymous-source',
      'reports by local farmers of',
    ],
    [
      'The regime was suspected of hiding chemical weapons.',
      'The regime was suspected of hiding chemical weapons',
      'hedge',
      'suspected of',
    ],
    ['She was mocked for her reputed fondness for hats.', 'her reputed fondness for hats', 'hedge', 'reputed'],
    [
      'The central bank will likely raise rates in June.',
      'The central bank will likely raise rates in June',
      'hedge',
      'will likely',
    ],
    ['Prices probably will not fall this year.', 'Prices probably will not fall this year', 'hedge', 'probably will'],
    ['The company may now face a fine.', 'The company may now face a fine', 'hedge', 'may now'],
    ['The fire possibly started in the kitchen.', 'The fire possibly started in the kitchen', 'hedge', 'possibly'],
    [
      'Residents, who accused the utility of overkill, protested on Monday.',
      'accused the utility of overkill',
      'unverified',
      'accused',
    ],
    ['The rebels seem intent on taking the city.', 'The rebels seem intent on taking the city', 'hedge', 'seem intent'],
    [
      'The board appears poised to reject the offer.',
      'The board appears poised to reject the offer',
      'hedge',
      'appears poised',
    ],
    [
      'There is no indication that the pilot was at fault.',
      'the pilot was at fault',
      'unverified',
      'There is no indication that',
    ],
    [
      'The talks could end in a deal within weeks, a prospect the ministry denied on Monday.',
      'The talks could end in a deal within weeks',
      'disputed',
      'denied',
    ],
  ])('%s', (sentence, claim, kind, cue) => {
    const claims = claimsOf(sentence);
    const hit = claims.find((c) => c.span.text === claim);
    expect(hit, JSON.stringify(claims.map((c) => c.span.text))).toBeDefined();
    expect(hit!.reasons.some((r) => r.kind === kind && r.cue?.text === cue)).toBe(true);
  });

  test('the content of an anonymous attribution is a claim, with the source as cue', () => {
    const text = '“The convoy was turned back at the border,” a military official told the agency.';
    const claims = claimsOf(text, [
      attribution(text, 'a military official', 'The convoy was turned back at the border', true),
    ]);
    expect(claims.map((c) => c.span.text)).toEqual(['The convoy was turned back at the border']);
    expect(claims[0]!.reasons[0]).toMatchObject({ kind: 'anonymous-source', cue: { text: 'a military official' } });
  });
});

describe('is not a claim', () => {
  test.each([
    'Leavitt said on Wednesday that officials had held talks with the group.',
    'The minister told reporters that the bridge would reopen on Monday.',
    'The council voted 7-2 to approve the budget.',
    'Officials said the road was closed for two hours.',
    'The storm could be expanded into a wider warning system next year.',
    'It may be able to reach the coast by Friday.',
    'He said he was not aware of the meeting.',
    'The team was denied entry at the border.',
    'We believe that the ministry should act.',
    'Dialogue is what he believes is a good-faith effort.',
    'The prime minister suggested that the two sides meet in Cairo.',
    'Hamas members confirmed the reports, saying there had been two meetings.',
    'Officials were expected to release the figures on Tuesday.',
    'He could not believe that the bank had sold the farm.',
    'The shooting was reported to the county sheriff at 9 p.m.',
    'Who would have believed that we would win this state?',
    'If he thinks that makes him smart, what does he think of you?',
    'My name may not be on the ballot, but our progress is.',
    'Reuters reports that the plant will close in May.',
    'The storm is likely to hit the coast on Friday.',
    'A week after the official was named, the council met again.',
    'Candidates are not supposed to confer with staff during breaks.',
    'You want to believe that your children will have a better life.',
    'The challenges that we have can be solved in a hundred days.',
    'A faster response could have saved lives.',
    'The new stadium could be useful for the city.',
    'We will probably win the vote in the fall.',
    'I may well run again next year.',
    'The ministry will raise rates in June.',
    'There is evidence that the pilot was at fault.',
  ])('%s', (sentence) => {
    expect(claimsOf(sentence).map((c) => c.span.text)).toEqual([]);
  });

  test('a named source on the record is not anonymous, even in an attribution marked otherwise', () => {
    const text = 'Officials said the road was closed for two hours.';
    const claims = claimsOf(text, [attribution(text, 'Officials', 'the road was closed for two hours', true)]);
    expect(claims).toEqual([]);
  });
});

describe('robustness', () => {
  test('every span is a slice of the text, and hostile input does not throw', () => {
    for (const text of [
      '',
      '“'.repeat(500),
      'a source said, '.repeat(300),
      'is believed to '.repeat(300),
      'X denied it. '.repeat(50),
    ]) {
      const claims = claimsOf(text);
      for (const c of claims) {
        expect(text.slice(c.span.start, c.span.end)).toBe(c.span.text);
        for (const r of c.reasons) if (r.cue) expect(text.slice(r.cue.start, r.cue.end)).toBe(r.cue.text);
      }
    }
  });

  test('malformed attributions are ignored', () => {
    const bad = [{ speaker: 'a source', anonymous: true, direct: false, content: { start: 50, end: 10, text: '' } }];
    expect(() => claimsOf('A short text.', bad as Attribution[])).not.toThrow();
  });
});
