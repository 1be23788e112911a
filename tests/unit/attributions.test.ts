// Who said what: quote pairing, speakers resolved to actors, direct and reported content.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/analyze.ts';
import { WRITER } from '../../lib/attributions.ts';
import { findQuotes } from '../../lib/tokens.ts';

const said = (text: string) =>
  analyze(text).attributions.map((a) => ({
    speaker: a.speaker,
    content: a.content.text,
    direct: a.direct,
    anonymous: a.anonymous,
  }));

describe('findQuotes', () => {
  test.each([
    ['curly', 'He said “we will win” today.', ['we will win']],
    ['straight', 'He said "we will win" today.', ['we will win']],
    ['two quotes', '“One,” he said. “Two.”', ['One', 'Two.']],
    ['over two paragraphs', '“First part.\n\n“Second part,” she said.', ['First part.\n\n“Second part']],
    ['doubled apostrophes', "''We may see wage growth,'' the economist said.", ['We may see wage growth']],
    [
      'a closing mark typed to open, after a colon',
      'Another said: \u201DBird flu is here.\u201D',
      ['Bird flu is here.'],
    ],
    ['a closing mark typed to open, after a space', 'The odds were \u201Ddwindling\u201D, he said.', ['dwindling']],
  ])('pairs %s', (_name, text, expected) => {
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(expected);
  });

  test.each([
    ['an unclosed quote at a paragraph end', '“Never closed\n\nNext paragraph.'],
    ['a stray closing mark', 'Nothing” here.'],
    ['only marks', '""""'],
  ])('drops %s', (_name, text) => {
    expect(findQuotes(text)).toEqual([]);
  });
});

describe('attributions: matches', () => {
  test.each([
    [
      'a name, a word the tagger reads as a verb, and a role before the speaker ("Trump campaign manager")',
      '“We will be out there every day,” Lee campaign manager Ann Vogel said on Monday.',
      { speaker: 'Ann Vogel', content: 'We will be out there every day', direct: true },
    ],
    [
      'a word the tagger reads as a plural noun, closing the sentence after a quotation and its speaker',
      '“Why did he not pay?” a narrator in the new ad asks. The spot ends with footage.',
      { speaker: 'a narrator in the new ad', content: 'Why did he not pay?', direct: true },
    ],
    [
      'plural "say" after a noun is the verb, not a noun compound',
      'Political observers around the country say the senator deserves another term.',
      {
        speaker: 'Political observers around the country',
        content: 'the senator deserves another term',
        direct: false,
      },
    ],
    [
      'an emphatic pronoun between the subject and the verb',
      'Barack Obama himself said that the victory was significant.',
      { speaker: 'Barack Obama', content: 'the victory was significant', direct: false },
    ],
    [
      'a scare-quoted term inside the source after "according to"',
      'Rates will rise three times next year, according to the new “dot plot” of rate projections.',
      {
        speaker: 'the new “dot plot” of rate projections',
        content: 'Rates will rise three times next year',
        direct: false,
      },
    ],
    [
      'a subject pronoun after a conjunction (not the object of a preposition)',
      'Senator Ann Lee spoke on Monday. And she seemed to suggest that her past statements were wrong.',
      { speaker: 'Ann Lee', content: 'her past statements were wrong', direct: false },
    ],
    [
      "the subject before a relative clause, not the clause's last noun",
      'A White House official who spoke anonymously to discuss internal strategy said Wednesday that it was fine.',
      { speaker: 'A White House official', content: 'it was fine', direct: false },
    ],
    [
      'a time adverbial between subject and verb ("X on Tuesday responded")',
      'Senator Maria Lopez on Tuesday responded that the office had expanded into larger quarters.',
      { speaker: 'Maria Lopez', content: 'the office had expanded into larger quarters', direct: false },
    ],
    [
      'a bare date between subject and verb ("X last week said")',
      'Maria Lopez last week said the search area would be expanded.',
      { speaker: 'Maria Lopez', content: 'the search area would be expanded', direct: false },
    ],
    [
      'a fronted date with a comma is not the subject',
      'On Tuesday, Maria Lopez said the search area would be expanded.',
      { speaker: 'Maria Lopez', content: 'the search area would be expanded', direct: false },
    ],
    [
      'a time adverbial after a parenthesis ("X (D-Ohio) on Monday criticized")',
      'Senator Maria Lopez (D-Ohio) on Monday criticized the budget plan.',
      { speaker: 'Maria Lopez', content: 'the budget plan', direct: false },
    ],
    [
      'an auxiliary before a time adverbial ("X had last month warned")',
      'Maria Lopez had last month warned that the plan would fail.',
      { speaker: 'Maria Lopez', content: 'the plan would fail', direct: false },
    ],
    [
      'a name and a noun compromise tags a verb before a time adverbial ("The Lopez campaign on Tuesday")',
      'The Lopez campaign on Tuesday responded that the office had moved.',
      { speaker: 'The Lopez campaign', content: 'the office had moved', direct: false },
    ],
    [
      'a determiner and a role noun tagged an adjective ("The firm said")',
      'The firm said in a statement that it would appeal the ruling.',
      { speaker: 'The firm', content: 'it would appeal the ruling', direct: false },
    ],
    [
      'a fronted time phrase is not the subject of a participle clause',
      'Hours later, Maria Lopez left the hall, telling reporters the vote was rigged.',
      { speaker: 'Maria Lopez', content: 'the vote was rigged', direct: false },
    ],
    [
      'reported content stops where a quotation ends its sentence',
      'Maria Lopez said the mayor wanted the teams “closely coordinated.” The council met later.',
      { speaker: 'Maria Lopez', content: 'the mayor wanted the teams “closely coordinated.', direct: false },
    ],
    [
      'a parenthetical "X said," inside the clause: the whole clause is the content',
      'The bigger risk, Maria Lopez said, is a clash at sea.',
      { speaker: 'Maria Lopez', content: 'The bigger risk, Maria Lopez said, is a clash at sea', direct: false },
    ],
    [
      'a parenthetical cue followed by an adjunct keeps the clause before it',
      'Talks resumed on Monday, Maria Lopez said, while the strike went on.',
      { speaker: 'Maria Lopez', content: 'Talks resumed on Monday', direct: false },
    ],
    [
      'a time word before a pronoun is not part of the speaker ("Later she said")',
      'Maria Lopez spoke first. Later she said the plan was a failure.',
      { speaker: 'Maria Lopez', content: 'the plan was a failure', direct: false },
    ],
    [
      '"the spokesperson" is the spokesperson described before',
      'A spokesperson for the agency declined to comment. The spokesperson said later that the review would continue.',
      { speaker: 'A spokesperson for the agency', content: 'the review would continue', direct: false },
    ],
    [
      'a participle opening the sentence takes the subject after its clause',
      'While saying that he respects the mayor, John Smith voted against the plan.',
      { speaker: 'John Smith', content: 'he respects the mayor', direct: false },
    ],
    [
      'a stance -ing form after its named subject ("with X calling it")',
      'Critics were irritated, with Sen. John McCain calling it a “Chinese menu.”',
      { speaker: 'John McCain', direct: false },
    ],
    [
      'reported speech runs on through "but" and a verb',
      'Marco Rubio said he was rooting for Denver but would now root for Carolina.',
      { speaker: 'Marco Rubio', content: 'he was rooting for Denver but would now root for Carolina', direct: false },
    ],
    [
      'a quote after "INTRO, X said,"',
      'Holding open a book, Glenn Beck said, “I just want to ask you a question.”',
      { speaker: 'Glenn Beck', content: 'I just want to ask you a question.', direct: true },
    ],
    [
      'a one-word lead before "he said," is not the content',
      'Still, Smith said, officials have to decide who gets extra scrutiny.',
      { speaker: 'Smith', content: 'officials have to decide who gets extra scrutiny', direct: false },
    ],
    [
      'a clause before "X said," stays the content when no quote follows',
      'The talks will resume next week, the minister said, adding that nothing was agreed.',
      { content: 'The talks will resume next week', direct: false },
    ],
    [
      'a two-word clause before "X said." stays the content',
      'Talks resumed, Smith said.',
      { speaker: 'Smith', content: 'Talks resumed', direct: false },
    ],
    [
      'a verb of appearance before a verb of speech, with a named subject',
      'Donald Trump seemed to suggest that the wall would be paid for by Mexico.',
      { speaker: 'Donald Trump', content: 'the wall would be paid for by Mexico', direct: false },
    ],
    [
      'a stance verb coordinated with another ("and called it")',
      'Rand Paul criticized the tax plan and called it a giveaway to the rich.',
      { speaker: 'Rand Paul', content: 'it a giveaway to the rich', direct: false },
    ],
    [
      'a stance verb PolNeAR counts ("sought to")',
      'Senator Warren sought to distance herself from the plan.',
      { content: 'to distance herself from the plan', direct: false },
    ],
    [
      'a quote before "X said"',
      '“The talks are going well,” Leavitt said.',
      { content: 'The talks are going well', direct: true },
    ],
    [
      '"X said:" before a quote',
      'John Smith said: “We are ready to help.”',
      { speaker: 'John Smith', content: 'We are ready to help.', direct: true },
    ],
    [
      'reported speech with "that"',
      'Karoline Leavitt, the White House press secretary, said on Wednesday that officials had held talks.',
      { speaker: 'Karoline Leavitt', content: 'officials had held talks', direct: false },
    ],
    [
      'reported speech without "that"',
      'Maria Lopez said the search area would be expanded.',
      { speaker: 'Maria Lopez', content: 'the search area would be expanded', direct: false },
    ],
    [
      '"according to X,"',
      'According to the ministry, the plane was carrying 162 people.',
      { content: 'the plane was carrying 162 people', direct: false },
    ],
    [
      '"according to X by Y," the phrase staying with the source',
      'According to a survey by the Pew Research Center, most voters want change.',
      { content: 'most voters want change', direct: false },
    ],
    [
      '", according to X"',
      'The plane was carrying 162 people, according to the ministry.',
      { content: 'The plane was carrying 162 people', direct: false },
    ],
    [
      'an inverted reporting clause',
      '“We stand ready to assist,” said Mark Wright, a Pentagon spokesman.',
      { speaker: 'Mark Wright', content: 'We stand ready to assist', direct: true },
    ],
    [
      'a belief of an organisation',
      'Fifty-nine hostages are held, though Israeli intelligence believes that only 22 are still alive.',
      { speaker: 'Israeli intelligence', content: 'only 22 are still alive' },
    ],
    [
      'a participle clause',
      'Hamas members confirmed the reports, saying there had been two meetings in Doha.',
      { speaker: 'Hamas members', content: 'there had been two meetings in Doha' },
    ],
    ['a passive with its agent', 'The move was first reported by Axios.', { speaker: 'Axios', content: 'The move' }],
    [
      'a headline label resolved to the person named below',
      'Lynch: No outside influence on the inquiry.\n\nAttorney General Loretta Lynch said on Tuesday that she would accept the findings.',
      { speaker: 'Loretta Lynch', content: 'No outside influence on the inquiry', direct: false },
    ],
    [
      'a poll in a headline label',
      'Marist Poll: Voters split over the new tax plan.\nMore follows.',
      { speaker: 'Marist Poll', content: 'Voters split over the new tax plan' },
    ],
    [
      'a transcript turn in capitals inside a quotation',
      'Partial transcript as follows:\n\n"WALLACE: Let\u2019s start with the debate tonight.\n\n"PENCE: Well, look, it was a fine debate."\n\nChris Wallace hosts the show.',
      { speaker: 'Chris Wallace', content: 'Let\u2019s start with the debate tonight', direct: true },
    ],
    [
      'a reporting verb and the speaker ending the text after a quotation',
      '\u201CThat means a loose cannon is within reach,\u201D warned Clinton',
      { speaker: 'Clinton', content: 'That means a loose cannon is within reach', direct: true },
    ],
    [
      'a quotation signed with a dash',
      '\u201CHe represents our greatest shame.\u201D \u2015 Sonya Herridge\n\u201CNext comment.\u201D',
      { speaker: 'Sonya Herridge', content: 'He represents our greatest shame.', direct: true },
    ],
    [
      'a quotation opened with a closing mark by mistake',
      '\u201DFear. I am terrified for my child.\u201D \u2015 Edwin G. Monroy\n',
      { speaker: 'Edwin G. Monroy', content: 'Fear. I am terrified for my child.', direct: true },
    ],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toContainEqual(expect.objectContaining(expected));
  });

  test.each([
    ['before the verb', 'A source close to the probe said poor weather could have played a part.'],
    ['after the verb', 'The crew took too long, said a source close to the probe, adding that weather played a part.'],
    ['at the end', 'The investigation was at an early stage, a source close to the probe said.'],
  ])('"a source close to the probe" is one unnamed source, %s', (_, text) => {
    const a = analyze(text).attributions;
    expect(a.length).toBeGreaterThan(0);
    for (const x of a)
      expect(x).toMatchObject({ speaker: expect.stringMatching(/^a source close to the probe$/i), anonymous: true });
    expect(analyze(text).claims.length).toBe(a.length);
  });

  test('a member of a party, described, is an unnamed person, not the party', () => {
    expect(said('“He is brilliant,” an Iowa Republican said.')).toContainEqual(
      expect.objectContaining({ speaker: 'an Iowa Republican', anonymous: true, content: 'He is brilliant' }),
    );
    // a description that follows a name is that person
    const text =
      'Senator James Lankford, an Oklahoma Republican who warned of the deficit, voted yes. “It is a risk,” he said.';
    expect(said(text)).toContainEqual(expect.objectContaining({ speaker: 'James Lankford', content: 'It is a risk' }));
  });

  test('a verb in the middle of a series shares the subject of the first', () => {
    const text =
      'Prosecutors charged Pat Carlineo on Monday.\nDuring the call, he asked about the group, called the mayor a “crook” and said, “someone ought to stop her.”';
    const a = said(text);
    expect(a.map((x) => x.speaker)).not.toContain('the call');
    expect(a).toContainEqual(
      expect.objectContaining({ speaker: 'Pat Carlineo', content: 'someone ought to stop her.' }),
    );
  });

  test('a full stop inside closing quotation marks ends the sentence', () => {
    const text =
      'Ann Lee said the debate would be “as exciting as watching paint dry.” One voter asked simply, “Who cares?”';
    const lee = said(text).filter((a) => a.content.includes('paint'));
    expect(lee.map((a) => a.speaker)).toEqual(['Ann Lee']);
  });

  test('"a US official told Axios" is an anonymous attribution', () => {
    const text =
      'Witkoff was set to travel to Doha but “canceled the trip on Tuesday night after he saw there was no progress”, a US official told Axios.';
    const a = analyze(text).attributions;
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ speaker: 'a US official', anonymous: true, direct: true });
    expect(a[0]!.content.text).toBe('canceled the trip on Tuesday night after he saw there was no progress');
    expect(a[0]!.cue?.text).toBe('told Axios');
    expect(a[0]!.source?.text).toBe('a US official');
  });

  test('"Leavitt said" resolves to Karoline Leavitt', () => {
    const text =
      'Karoline Leavitt, the White House press secretary, spoke on Wednesday.\n\n“Dialogue is something the president has proven,” Leavitt said.';
    const a = said(text).find((x) => x.content.startsWith('Dialogue'));
    expect(a?.speaker).toBe('Karoline Leavitt');
  });

  test.each([
    [
      'a long description between commas',
      'Ana Ruiz, an outside adviser to the campaign on tax and budget issues and a professor of law at a large university in the city, said that the plan was sound.',
      'Ana Ruiz',
    ],
    [
      'a relative clause after the name',
      'Obama met Tom Baker, now the Senate majority leader, who in 2010 said the plan was sound.',
      'Tom Baker',
    ],
    [
      'a relative clause after an inverted cue',
      '“It is costly,” said Ana Ruiz, who stressed that the plan was sound.',
      'Ana Ruiz',
    ],
  ])('the speaker of a statement after %s', (_name, text, speaker) => {
    expect(said(text)).toContainEqual(expect.objectContaining({ speaker, content: 'the plan was sound' }));
  });

  test.each([
    ['tweets', 'Ana Ruiz posted a series of tweets early Friday saying that the plan was sound.', 'Ana Ruiz'],
    ['a statement', 'The city council issued a statement on Monday saying that the plan was sound.', 'city council'],
  ])('a document (%s) "saying that": its author said the clause', (_name, text, speaker) => {
    const a = said(text).filter((x) => x.content === 'the plan was sound');
    expect(a).toHaveLength(1);
    expect(a[0]?.speaker).toContain(speaker);
  });

  test.each([
    ['a compound the tagger reads as a verb', 'According to exit polls, the senator had a lead among women.'],
    [
      'a participle phrase after it',
      'According to exit polls conducted by Edison, the senator had a lead among women.',
    ],
  ])('"according to" with %s', (_name, text) => {
    expect(said(text)).toContainEqual(
      expect.objectContaining({ speaker: 'exit polls', content: 'the senator had a lead among women' }),
    );
  });

  test("the text's own pronoun outranks the gender a given name suggests", () => {
    const text =
      // compromise's lexicon has "Omar" as a man's given name
      'Maria Lopez spoke first. Rep. Ilhan Omar wrote to the judge on Monday, saying she wanted mercy. She added, “Hate cannot be answered with hate.”';
    const a = said(text).find((x) => x.content.startsWith('Hate cannot'));
    expect(a?.speaker).toBe('Ilhan Omar');
  });

  test('a given name the tagger does not know still tells a gender (the name lists: "Virginia" is a woman\'s)', () => {
    const text = 'Virginia Giuffre said Andrew Mills had met her. “I didn’t sweat at the time,” he said.';
    const a = said(text).find((x) => x.content.startsWith('I didn’t sweat'));
    expect(a?.speaker).toBe('Andrew Mills');
  });

  test('"she said" after a subordinate clause that names one woman is that woman, not the running speaker', () => {
    const text =
      'Michelle Hege runs the firm. “We like it,” Hege said. While the campaign did not appeal to Julie Graham, a state officer, she said she did not want to judge it.';
    const a = said(text).find((x) => x.content.startsWith('she did not want'));
    expect(a?.speaker).toBe('Julie Graham');
  });

  test('"called for sanctions against the companies that fund …": the "that" after what is asked for is relative', () => {
    const a = said('Senator Jane Ross called for new sanctions against the companies that fund the militia.');
    expect(a.find((x) => x.speaker === 'Jane Ross')?.content).toMatch(/^for new sanctions against the companies/);
    // a verb of saying with "for" keeps its "that" clause
    const b = said('State Department spokesman John Kirby said for the first time that some emails were withheld.');
    expect(b.find((x) => x.speaker === 'John Kirby')?.content).toBe('some emails were withheld');
  });

  test('"he said Obama hopes …": the pronoun is not the person its own reported clause opens with', () => {
    const text =
      'Spokesman Josh Earnest said Monday that President Barack Obama has long called for tax fairness. He said Obama hopes that his successor will push for the same goals.';
    const a = said(text).find((x) => x.content.startsWith('Obama hopes'));
    expect(a?.speaker).toBe('Josh Earnest');
    const own = said(text).find((x) => x.content.startsWith('his successor'));
    expect(own?.speaker).toBe('Barack Obama');
  });

  test('a name further into the reported clause, or inside a quotation, does not bar the pronoun', () => {
    const deep = said(
      'Donald Trump is raising questions about his microphone. He notes that the commission announced an issue with Trump’s microphone.',
    ).find((x) => x.content.includes('commission announced'));
    expect(deep?.speaker).toBe('Donald Trump');
    const quoted = said('Donald Trump spoke in Ohio. He said: “Donald Trump will build the wall.”').find((x) =>
      x.content.includes('build the wall'),
    );
    expect(quoted?.speaker).toBe('Donald Trump');
  });

  test('"the production company" is the one company whose name shares the modifier (Dick Clark Productions)', () => {
    const text =
      'Big Machine Records and Dick Clark Productions made a deal for the AMAs. “At no time did we agree,” the production company said in a separate statement.';
    const a = said(text).find((x) => x.content.startsWith('At no time'));
    expect(a?.speaker).toBe('Dick Clark Productions');
  });

  test('"the 56-year-old said" is the person the passage is about; with nobody to stand for, the description', () => {
    const a = said('Tottenham hired Jose Mourinho on Wednesday. The 56-year-old said he was delighted to join.');
    expect(a.find((x) => x.content.startsWith('he was delighted'))?.speaker).toBe('Jose Mourinho');
    const b = said('Police arrested a man on Monday. The 25-year-old said he was innocent.');
    expect(b.find((x) => x.content.startsWith('he was innocent'))?.speaker).toBe('The 25-year-old');
  });

  test('"he said" after an unnamed speaker described as a man ("the boyfriend") is that speaker', () => {
    const text =
      'Investigator Tom Lee found the car on Monday. The boyfriend told investigators that two men were in a white car. He said the car had driven past him.';
    const a = said(text).find((x) => x.content.startsWith('the car had driven'));
    expect(a?.speaker).toBe('The boyfriend');
  });

  test('"he said" resolves to the person named before', () => {
    const text =
      'Erik van Sebille is an oceanographer in Sydney. “It is so shallow that they may spot the plane,” he said.';
    expect(said(text)).toContainEqual(expect.objectContaining({ speaker: 'Erik van Sebille', direct: true }));
  });

  test('a quote split by "he said" is one statement over both halves, each half once in `parts`', () => {
    const text = 'Charitha Pattiaratchi studies the sea. “You need to move quickly,” he said. “The lesson is clear.”';
    const a = analyze(text).attributions.filter((x) => x.direct);
    expect(a.map((x) => x.content.text)).toEqual(['You need to move quickly,” he said. “The lesson is clear.']);
    expect(a[0]?.parts?.map((p) => p.text)).toEqual(['You need to move quickly', 'The lesson is clear.']);
    expect(a[0]?.speaker).toBe('Charitha Pattiaratchi');
  });

  test.each([
    ['a time after the verb', '“We are ready,” Ana Ruiz said on Monday. “It is over.”'],
    [
      'a recipient and an apposition',
      'Ana Ruiz runs the team. “We are ready,” she told her staff, a team of ten. “It is over.”',
    ],
    ['an abbreviation in the clause', '“We are ready,” said Gov. Ana Ruiz of Ohio. “It is over.”'],
    [
      'initials in an apposition',
      '“We are ready,” said Ana Ruiz, head of U.S. strategy at Acme Corp., who tracks the markets. “It is over.”',
    ],
  ])('a continuation after the rest of the reporting sentence (%s) joins the statement', (_name, text) => {
    const a = analyze(text).attributions.filter((x) => x.direct);
    expect(a).toHaveLength(1);
    expect(a[0]?.parts?.map((p) => p.text)).toEqual(['We are ready', 'It is over.']);
  });

  test.each([
    [
      'a quote after other words is not a continuation',
      'Tom Lee runs the team. “We are ready,” he said. Talks resumed. “It is over.”',
    ],
    [
      'a quote in a later paragraph after prose',
      '“We are ready,” Smith said.\nThe talks resumed on Monday.\n“It is over.”',
    ],
    [
      'a quote after a sentence about someone else',
      '“We are ready,” Smith said on Monday. Jones left early. “It is over.”',
    ],
    [
      'a quote after a sentence whose pronoun is of the other gender',
      '“We are ready,” said Tom Smith on Monday. She left early. “It is over.”',
    ],
  ])('%s', (_name, text) => {
    expect(said(text).map((x) => x.content)).toEqual(['We are ready']);
  });

  test.each([
    ['“We are ready,” Smith said on Monday. He left early. “It is over.”', 'Smith'],
    [
      '“We are ready,” said Eddie Foreman, who has put out 20 applications. He worked in construction. “It is over.”',
      'Eddie Foreman',
    ],
  ])('a quotation after a sentence or two about its speaker is theirs, apart: %s', (text, speaker) => {
    expect(said(text)).toEqual([
      { speaker, content: 'We are ready', direct: true, anonymous: false },
      { speaker, content: 'It is over.', direct: true, anonymous: false },
    ]);
  });

  test('a quotation opening the sentence after a reported statement is its speaker’s, in their own words', () => {
    const text = 'Job markets have been weak almost everywhere, Ana Ruiz said. “Wages are behaving oddly.”';
    expect(said(text)).toEqual([
      { speaker: 'Ana Ruiz', content: 'Job markets have been weak almost everywhere', direct: false, anonymous: false },
      { speaker: 'Ana Ruiz', content: 'Wages are behaving oddly.', direct: true, anonymous: false },
    ]);
  });

  test.each([
    ['in the next paragraph', 'Job markets have been weak, Ana Ruiz said.\n“Wages are behaving oddly.”'],
    [
      'after a further sentence',
      'Job markets have been weak, Ana Ruiz said. Talks resumed. “Wages are behaving oddly.”',
    ],
    ['a term set apart', 'Job markets have been weak, Ana Ruiz said. “Slack” is the word.'],
  ])('a quotation %s is not the reported speaker’s', (_name, text) => {
    expect(said(text).filter((x) => x.direct)).toEqual([]);
  });

  test('a quote over several sentences is one content', () => {
    const text = '“Several talks took place. The latest was with a US envoy,” a Hamas official told AFP.';
    expect(said(text)).toEqual([
      {
        speaker: 'a Hamas official',
        content: 'Several talks took place. The latest was with a US envoy',
        direct: true,
        anonymous: true,
      },
    ]);
  });

  test('"the outlet" refers to the outlet named before', () => {
    const text =
      'Axios first reported the secret talks with Hamas. The outlet called the talks unprecedented, noting that the US had never engaged with Hamas.';
    const speakers = said(text).map((x) => x.speaker);
    expect(speakers.length).toBeGreaterThan(1);
    expect(new Set(speakers)).toEqual(new Set(['Axios']));
  });
});

describe('attributions: where the content ends', () => {
  test.each([
    [
      '"as X noted" in a dash aside reports the clause after the closing dash',
      'It matches her new ad, which — as columnist Jonathan Chait noted recently — promises to stop the Republicans.',
      { speaker: 'Jonathan Chait', content: 'promises to stop the Republicans' },
    ],
    [
      'a whole utterance quoted right after the verb, the clause going on with a verb of its own',
      'Protesters chanted "What curfew?" and kept going until 2 a.m.',
      { speaker: 'Protesters', content: 'What curfew?' },
    ],
    [
      'a whole utterance quoted right after the verb, an adverbial clause after it',
      'Ann Lee cautioned "let’s not get ahead of ourselves," before predicting a win.',
      { speaker: 'Ann Lee', content: 'let’s not get ahead of ourselves' },
    ],
    [
      'a preposition the tagger reads as an adjective opens the content, not a recipient',
      'Trump warned against hackers from China, Russia and North Korea.',
      { speaker: 'Trump', content: 'against hackers from China, Russia and North Korea' },
    ],
    [
      'a reported noun phrase stops before ", and" with a subject and its verb',
      'Hillary Clinton thanked the crowd, and Barack Obama won the room.',
      { speaker: 'Hillary Clinton', content: 'the crowd' },
    ],
    [
      'a reported noun phrase goes on past ", and" with a possessive name',
      'Roger Stone discussed his new book, a history of the family, and Hillary Clinton’s presidential campaign.',
      {
        speaker: 'Roger Stone',
        content: 'his new book, a history of the family, and Hillary Clinton’s presidential campaign',
      },
    ],
    [
      'a cue in a fronted subordinate clause stops at the main clause',
      'When Senator Ann Lee praised the budget deal, her rivals walked out.',
      { speaker: 'Ann Lee', content: 'the budget deal' },
    ],
    [
      '"As X noted, Y": the main clause is what was noted',
      'As Ann Lee noted at the time, the budget deal was fragile.',
      { speaker: 'Ann Lee', content: 'the budget deal was fragile' },
    ],
    [
      'a reported noun phrase stops before a phrase of occasion',
      'Senator Ann Lee attacked Governor Tom Ruiz in a series of late-night tweets.',
      { speaker: 'Ann Lee', content: 'Governor Tom Ruiz' },
    ],
    [
      'a reported noun phrase stops before a phrase of time',
      'Senator Ann Lee endorsed Governor Tom Ruiz last week.',
      { speaker: 'Ann Lee', content: 'Governor Tom Ruiz' },
    ],
    [
      'a finite clause keeps its phrase of time',
      'Senator Ann Lee said the bridge would open on Monday.',
      { speaker: 'Ann Lee', content: 'the bridge would open on Monday' },
    ],
    [
      'a phrase of time the object goes on after stays inside it',
      'Senator Ann Lee called his remarks on Saturday “a grave mistake.”',
      { speaker: 'Ann Lee', content: 'his remarks on Saturday “a grave mistake.' },
    ],
    [
      'a closing "he said" ends the clause of the cue before it, and adds no statement of its own',
      'Maria Lopez, who heads the office, said the bridge would close, he said.',
      { speaker: 'Maria Lopez', content: 'the bridge would close' },
    ],
    [
      'a description after an inverted speaker is not part of the content',
      'The work stops because the soil, used to fill trenches, freezes in the cold, said Ian Marsh, a spokesman for the city’s roads office.',
      { speaker: 'Ian Marsh', content: 'The work stops because the soil, used to fill trenches, freezes in the cold' },
    ],
    [
      'a dateline opening the paragraph is not part of the statement',
      'VIENNA — The old house will become a police station, the interior minister said.',
      { speaker: 'the interior minister', content: 'The old house will become a police station' },
    ],
    [
      'a partial quotation takes the short prose frame it completes',
      'Senator Ann Lee spoke on Monday. The bill’s failure was “heartbreaking,” she said.',
      { speaker: 'Ann Lee', content: 'The bill’s failure was “heartbreaking' },
    ],
    [
      'a relative clause inside a description ends where the sentence takes back its verb',
      'Senator Ann Lee, a Maine Democrat who said the plan would fail, nevertheless voted for it.',
      { speaker: 'Ann Lee', content: 'the plan would fail' },
    ],
    [
      'a manner adverb before a quotation is not part of it',
      'One voter asked simply, “Who cares?” Another shrugged.',
      { speaker: 'One voter', content: 'Who cares?', direct: true },
    ],
    [
      'a phrase before a colon names the quotation after it',
      'An Iowa voter answered that question: “Nobody cares.”',
      { speaker: 'An Iowa voter', content: 'Nobody cares.', direct: true },
    ],
    [
      'a quotation closed by a full stop is not continued by the next sentence’s quotation',
      'Htay Oo told reporters simply, "We lost." Shirts appeared that said "We won."',
      { speaker: 'Htay Oo', content: 'We lost.' },
    ],
    [
      'a statement that begins inside a parenthesis ends with it',
      'The chain cut 60 jobs (the company said the cuts were small) and its rival cut hundreds.',
      { speaker: 'the company', content: 'the cuts were small' },
    ],
    [
      'a phrase opened by a possessive after the cue is an adjunct, the statement before it',
      'Rising seas could displace a billion farmers, Ann Lee said in her interview.',
      { speaker: 'Ann Lee', content: 'Rising seas could displace a billion farmers' },
    ],
    [
      'a court rules that …',
      'A judge ruled that Ann Lee should remain in jail until the hearing.',
      { speaker: 'A judge', content: 'Ann Lee should remain in jail until the hearing' },
    ],
    [
      '"states" handing over a quotation is a verb',
      'Incredibly, Emery states, “Some people actually think this is real.”',
      { speaker: 'Emery', content: 'Some people actually think this is real.' },
    ],
    [
      '"Asked X:" opening a sentence: X asks the quoted question',
      'The debate was dull. Asked a Pennsylvania Republican: "Is it just me, or is this pointless?"',
      { speaker: 'a Pennsylvania Republican', content: 'Is it just me, or is this pointless?', direct: true },
    ],
    [
      "an editor's bracket opening the quotation",
      'As the report states: "[T]he birth lottery matters more than ever."',
      { speaker: 'the report', content: '[T]he birth lottery matters more than ever.' },
    ],
    [
      'a document "states" a quotation after a colon',
      'As the report states: “The birth lottery matters more than ever.”',
      { speaker: 'the report', content: 'The birth lottery matters more than ever.' },
    ],
    [
      '", and he noted that" opens the next statement',
      'Eric Reeves said the policy had failed, and he noted that the regime had not changed.',
      { speaker: 'Eric Reeves', content: 'the policy had failed' },
    ],
    [
      '"even as" opens another source\'s clause',
      'Ann Lee claimed the cuts would pay for themselves even as the CBO estimated they would cost more.',
      { speaker: 'Ann Lee', content: 'the cuts would pay for themselves' },
    ],
    [
      '", and another 27 percent said" opens the next statement',
      'About half of the insiders said it has, and another 27 percent said it has not.',
      { speaker: 'half of the insiders', content: 'it has' },
    ],
    [
      '"rose" after its subject is the verb, not the flower',
      'Analysts said the ratings rose after the debate.',
      { speaker: 'Analysts', content: 'the ratings rose after the debate' },
    ],
    [
      'an adverbial clause after the reporting verb leaves the content before it',
      'People began using the phones for business, forcing the firm to adapt, Ann Lee said while visiting a fair in Oslo.',
      { speaker: 'Ann Lee', content: 'People began using the phones for business, forcing the firm to adapt' },
    ],
    [
      'a refusal of an act joined to the reported clause is part of it',
      'Police say he posed a deadly threat and refused to drop the gun.',
      { speaker: 'Police', content: 'he posed a deadly threat and refused to drop the gun' },
    ],
    [
      'a belief verb joined to the reported clause is part of it',
      'Ann Lee said she had watched the museum rise and thought of the days ahead.',
      { speaker: 'Ann Lee', content: 'she had watched the museum rise and thought of the days ahead' },
    ],
    [
      'a speech verb after "and" is still the speaker\'s next act',
      'Ann Lee said she had battled pneumonia twice and called it a common ailment.',
      { speaker: 'Ann Lee', content: 'she had battled pneumonia twice' },
    ],
    [
      'a noun after "and" that the tagger calls a verb is part of the clause',
      'Ann Lee said the decree had caused chaos and fear in the country.',
      { speaker: 'Ann Lee', content: 'the decree had caused chaos and fear in the country' },
    ],
    [
      "a reported noun phrase ends before the writer's relative clause about it",
      'Senator Ann Lee cited criticism of Tom Ruiz, who took heat for his questions at the forum.',
      { speaker: 'Ann Lee', content: 'criticism of Tom Ruiz' },
    ],
    [
      "a reported noun phrase ends before the speaker's next act",
      'The Obama administration promised a veto and attempted to make the case that the bill is a bad idea.',
      { speaker: 'The Obama administration', content: 'a veto' },
    ],
    [
      'a reported noun phrase ends before a "but" clause',
      'Ann Lee called for spending $1 trillion on roads, but Congress has not taken up that idea.',
      { speaker: 'Ann Lee', content: 'for spending $1 trillion on roads' },
    ],
    [
      'a relative clause inside the object does not end it',
      'Ann Lee accused Tom Ruiz, who was born in Cuba, of lying about the budget.',
      { speaker: 'Ann Lee', content: 'Tom Ruiz, who was born in Cuba, of lying about the budget' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toContainEqual(expect.objectContaining(expected));
  });
});

describe('attributions: does not match', () => {
  test.each([
    ['“Our nation is in danger,” Mr Essid declared in a televised address on Wednesday evening.', 'televised address'],
    ['“I would be surprised,” Mr Kato said at a White House press briefing on Monday.', 'briefing on Monday'],
  ])("no statement from the rest of the adjunct after a quote's cue: %s", (text, part) => {
    for (const a of analyze(text).attributions) expect(a.content.text).not.toContain(part);
  });
  test.each([
    ['a scare quote alone', 'The plan was called a “historic” step in the region.'],
    ['a reporting verb used as a noun', 'The reports of an explosion were false.'],
    ['a sentence without a source', 'The ceasefire went into effect on 19 January.'],
    ['an infinitive', 'It is hard to say what happened.'],
    ['a verb of appearance with a thing as subject', 'The decision to engage with Hamas appears to be targeted.'],
    ['a verb of appearance after a preposition', 'The talks with Hamas appear to have stalled.'],
    ['a physical attack', 'Militants attacked bars and art galleries in the capital.'],
    ['a counterfactual', 'Without the tapes, the whistleblower would then have claimed that Obama confirmed it.'],
    ['a counterfactual question', 'Would Adam Schiff have pleaded that the call was fine?'],
    ['a ruler', 'He ruled the country for decades.'],
    ['"rules" as a noun', 'The new rules take effect in May.'],
    ['"states" as a noun', 'The league has gone soft like the United States.'],
    ['markup left in the text', '<tweet id="1">Iron Mike Tyson</tweet> was there.'],
    ['an -ing form modifying a noun after a name', 'The Trump calling card was gone.'],
    ['a time phrase is never the speaker', 'On Tuesday the council approved the budget.'],
    ['an opening -ing form that is no cue', 'While walking home, John Smith met the mayor.'],
    ['a time phrase before a reporting verb is not a speaker', 'A few minutes later said nothing at all.'],
    ['an adjective and a noun use of a cue', 'The firm denial came late.'],
    ['a rubric before a colon', 'The Latest: Candidates file papers in the state capital.\nMore follows.'],
    ['a headline interjection before a colon', 'Breaking: Federal judge rules on the new tax plan.\nMore follows.'],
    ['two names before a colon', 'Netanyahu and Obama: A tortured relationship.\nMore follows.'],
    ['a capitals headline before a colon', 'FIX IS IN: Moderators skip the hard questions.\nMore follows.'],
    [
      "a newsroom's credit line",
      'Markets rose.\n(Additional reporting by Wilda Asmarini; Writing by Dean Yates; Editing by Michael Perry)',
    ],
    ['a file photo caption', 'FILE PHOTO: Traders work on the floor of the New York Stock Exchange in New York.'],
    ['a quantifier', 'It was a warm week. Much welcomed the thaw in the city.'],
    ['how a person seems to the writer', 'Senator Ann Lee spoke on Monday. Ann Lee appears to have the stronger hand.'],
    ['what a person is expected to do', 'Ann Lee is widely expected to lay the groundwork for a rate hike next week.'],
    ['an expectation nobody holds', 'A ruling expected in coming weeks could hurt the government.'],
    ['what a person is known as', 'Senator Ann Lee spoke on Monday. Ann Lee is known to fans as the Iron Lady.'],
    ['a thing named by a short quoted label', 'He sold a drug labeled "safe" to children.'],
    ['a box on a form and its label', 'On her papers, in a box labeled “medical problem,” a doctor had typed a note.'],
    [
      'a title given',
      "There is also a mock children's book by the comedian Michael Ian Black titled “A Child's First Book of Trump,” and a comic.",
    ],
  ])('%s', (_name, text) => {
    expect(said(text)).toEqual([]);
  });

  test.each([
    ['People close to the senator say he will run.', 'People close to the senator'],
    ['Those close to him say that he would run again.', 'Those close to him'],
    ['Those familiar with the talks said the deal was close.', 'Those familiar with the talks'],
    [
      'Two officials speaking on condition of anonymity said the talks had failed.',
      'Two officials speaking on condition of anonymity',
    ],
    ['People briefed on the situation say the governor has revealed nothing.', 'People briefed on the situation'],
    ['A Virginia Republican said the race was close.', 'A Virginia Republican'],
    [
      'A senior law enforcement official said the suspect was known. The senior law enforcement official said he had traveled.',
      'A senior law enforcement official',
    ],
  ])('people described by their access are an unnamed source: %s', (text, speaker) => {
    expect(said(text)).toContainEqual(expect.objectContaining({ speaker, anonymous: true }));
  });

  test('the agent of a passive is who did it, never what was said', () => {
    const text =
      'The nation lost jobs, according to Federal Reserve Bank of Dallas research cited by its president, Ann Lee.';
    expect(said(text).map((x) => x.content)).toEqual(['The nation lost jobs']);
  });

  test('the subject of a passive belief is what is believed, never a speaker, with an adverb between', () => {
    expect(said('SpaceX is widely believed to have submitted a proposal.')).toEqual([]);
    expect(said('He has been harshly criticized for policies that critics see as abuses.')).toEqual([]);
  });

  test('"the company" is the company that is the subject of its own sentence before the one most mentioned', () => {
    const text =
      'NASA picked three bids. NASA said more would follow. NASA will decide next year. SpaceX is believed to have submitted a proposal, but the company has declined to confirm that.';
    const a = analyze(text).attributions.find((x) => x.content.text.startsWith('to confirm'));
    expect(a).toMatchObject({ speaker: 'SpaceX', act: 'decline' });
  });

  test('a refusal of an act inside a reported clause is no statement of its own', () => {
    const text = 'Police say he posed a deadly threat and refused to drop the gun.';
    expect(said(text).map((a) => a.speaker)).toEqual(['Police']);
  });

  test("an adverb and a subordinator after a quote's cue open an adjunct, not a second statement", () => {
    const text = '“We will win,” Smith tweeted soon after the committee ended its hearing on Tuesday.';
    expect(said(text).map((a) => a.content)).toEqual(['We will win']);
  });
});

test.each([
  ['a transcript', '“We are going to win,” Hugh Hewitt said, according to a transcript of the show.', ['Hugh Hewitt']],
  [
    'a copy of a letter',
    'Donald Trump spoke. Trump wrote that the lawsuit would be huge, according to a copy of the letter.',
    ['Donald Trump'],
  ],
  [
    'not a study, whose finding is its own',
    'Some average Americans would see their taxes rise, according to an analysis by the Tax Policy Center.',
    ['an analysis'],
  ],
])('"according to" %s that carries a named speaker’s words adds no second speaker', (_name, text, speakers) => {
  expect(said(text).map((a) => a.speaker)).toEqual(speakers);
});

test('an act done by what follows "by" is no statement of its own: "defended himself by pointing to …"', () => {
  const found = said('Ben Carson defended himself by pointing to his record.');
  expect(found.map((a) => a.content)).toEqual(['to his record']);
});

describe('attributions: robustness', () => {
  test.each([
    ['unbalanced quotes', '“He said. “She said,” they said. ” ” “'],
    ['only quotes', '"'.repeat(1000)],
    ['a long run of cues', 'he said, '.repeat(2000)],
    ['empty', ''],
  ])('never throws and keeps spans exact: %s', (_name, text) => {
    const a = analyze(text);
    for (const x of a.attributions) {
      for (const s of [x.content, x.cue, x.source]) if (s) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    }
    for (const s of a.sourcing) expect(a.text.slice(s.span.start, s.span.end)).toBe(s.span.text);
  });
});

describe('attributions: what kind of act', () => {
  const acts = (text: string) =>
    analyze(text).attributions.map((a) => ({
      content: a.content.text,
      act: a.act ?? 'assert',
      cue: a.cue?.text,
      negated: !!a.negated,
    }));
  test.each([
    [
      '"denied that X" denies X',
      'The ministry denied that any figure had been agreed.',
      'any figure had been agreed',
      'deny',
      'denied',
    ],
    ['"rejected the claims" denies them', 'Maria Lopez rejected the claims.', 'the claims', 'deny', 'rejected'],
    [
      '"declined to answer questions"',
      'Maria Lopez declined to answer questions about the deal.',
      'to answer questions about the deal',
      'decline',
      'declined',
    ],
    ['"refused to comment"', 'The airline refused to comment.', 'to comment', 'decline', 'refused'],
    [
      '"declined to publicly discuss"',
      'Maria Lopez declined to publicly discuss the case.',
      'to publicly discuss the case',
      'decline',
      'declined',
    ],
    ['"would not confirm"', 'Maria Lopez would not confirm the report.', 'the report', 'decline', 'would not confirm'],
    [
      '"did not reveal"',
      'Maria Lopez did not reveal the crash location.',
      'the crash location',
      'decline',
      'did not reveal',
    ],
    [
      '"didn\'t say"',
      "Maria Lopez didn't say whether the talks would resume.",
      'whether the talks would resume',
      'decline',
      "didn't say",
    ],
    [
      '"did not immediately respond"',
      'Maria Lopez did not immediately respond to a request for comment.',
      'to a request for comment',
      'decline',
      'did not immediately respond',
    ],
    ['"declined to be interviewed"', 'Tom Lee declined to be interviewed.', 'to be interviewed', 'decline', 'declined'],
    [
      'a refusal after a quotation withholds what follows it, not the quotation',
      '“The plan is dead,” said Ann Lee. Tom Ruiz did not respond to a request for comment.',
      'to a request for comment',
      'decline',
      'did not respond',
    ],
    ['a passive denial with its agent', 'The report was denied by the ministry.', 'The report', 'deny', 'denied by'],
    // cue.non-response: a refusal with no verb of speech
    [
      '"did not return calls"',
      'Tom Lee did not return calls seeking comment.',
      'calls seeking comment',
      'decline',
      'did not return',
    ],
    [
      '"has not answered questions"',
      'The mayor has not answered questions about the contract.',
      'questions about the contract',
      'decline',
      'has not answered',
    ],
    [
      '"ignored a request for comment"',
      'Tom Lee ignored a request for comment.',
      'a request for comment',
      'decline',
      'ignored',
    ],
  ])('%s', (_name, text, content, act, cue) => {
    expect(acts(text)).toContainEqual(expect.objectContaining({ content, act, cue }));
  });

  test.each([
    ['a plain statement', 'Maria Lopez said the talks would resume.', 'the talks would resume'],
    [
      'a negated belief stays a belief',
      'Maria Lopez does not believe that the talks will resume.',
      'the talks will resume',
    ],
    ['an adverb before the verb is no negation', 'Maria Lopez also confirmed the report.', 'the report'],
    [
      'rejecting what was asked for is a stance, not a denial',
      'Maria Lopez rejected the union’s request for a meeting.',
      'the union’s request for a meeting',
    ],
  ])('asserts: %s', (_name, text, content) => {
    expect(acts(text)).toContainEqual(expect.objectContaining({ content, act: 'assert', negated: false }));
  });

  test.each([
    ['an action', 'Maria Lopez refused to drop the charges.', 'to drop the charges'],
    [
      'an action, with an adverb',
      'The court declined to formally step into the fray.',
      'to formally step into the fray',
    ],
  ])('a refusal of %s states nothing', (_name, text, content) => {
    expect(acts(text).filter((a) => a.content.includes(content.slice(3)))).toEqual([]);
  });

  test.each([
    ['a stance', 'Maria Lopez refused to condemn the attack.', 'to condemn the attack'],
    ['a naming', 'Maria Lopez declined to name the donors.', 'to name the donors'],
  ])('a refusal of %s is declined, not asserted', (_name, text, content) => {
    expect(acts(text)).toContainEqual(expect.objectContaining({ content, act: 'decline' }));
  });

  test.each([
    [
      'a negated verb that is no refusal to speak',
      'Maria Lopez did not mention the deal.',
      'the deal',
      'did not mention',
    ],
  ])('%s is reported with its cue, never as asserted', (_name, text, content, cue) => {
    expect(acts(text)).toContainEqual({ content, act: 'assert', cue, negated: true });
  });
});

describe('attributions: speakers resolved the way a reader resolves them', () => {
  const speakerOf = (text: string, content: string) =>
    analyze(text).attributions.find((a) => a.content.text === content)?.speaker;
  test.each([
    [
      'a name, an age and a description before the verb',
      'Diego Ramos, 36, the owner of a shop near the square, said he heard five shots.',
      'he heard five shots',
      'Diego Ramos',
    ],
    [
      'a name before a hometown set off by commas, not the town',
      'Eddie Ford, 40, of Opelika, Alabama, who works part time, said the jobs are not coming back.',
      'the jobs are not coming back',
      'Eddie Ford',
    ],
    [
      'a name before "of Town, State"',
      'Jane Doe, of Austin, Texas, said the jobs are not coming back.',
      'the jobs are not coming back',
      'Jane Doe',
    ],
    [
      'the subject after "and" where the phrase before it is an object',
      'Ruritania said Lenz was confined to his home and the military said it was keeping him safe.',
      'it was keeping him safe',
      'the military',
    ],
    [
      'a statement ends before "and" and another speaker\'s reporting clause',
      'Ruritania said Lenz was confined to his home and the military said it was keeping him safe.',
      'Lenz was confined to his home',
      'Ruritania',
    ],
    [
      'the name in apposition to a description, not a name inside its relative clause',
      'The company that runs the Zephyr Awards, Zorba Productions, denies that anything has been agreed.',
      'anything has been agreed',
      'Zorba Productions',
    ],
    [
      '"the government" is never a body whose name does not say it governs',
      'The law excludes such bodies as the RSPCA. The Government has admitted that the law should be reviewed.',
      'the law should be reviewed',
      'The Government',
    ],
    [
      'a pronoun in the apposition after a name says nothing of its gender',
      'Mrs Thatcher disliked the exam. Mark Addison, then her private secretary, said the plan was unrealistic. He added that teachers were not ready.',
      'teachers were not ready',
      'Mark Addison',
    ],
    [
      'a hyphenated participle between a determiner and a name is a modifier',
      '“I played some of my best tennis,” the 14th-ranked Ruiz said.',
      'I played some of my best tennis',
      'Ruiz',
    ],
    [
      'a surname the article gave a person is a name, whatever else the word means',
      'Chris Early runs partnerships at the firm. “Streaming is binary,” says Early.',
      'Streaming is binary',
      'Chris Early',
    ],
    [
      'a role noun for a kind of business is the body of that kind named before',
      'Kotak Institutional Equities cut its forecast. The brokerage said growth would slow.',
      'growth would slow',
      'Kotak Institutional Equities',
    ],
    [
      'an institution role noun is a body whose name says so, not any body named before',
      'The Supreme Court heard the case on Monday. Gannett asked for the files. The court said the files would stay sealed.',
      'the files would stay sealed',
      'Supreme Court',
    ],
    [
      'the head of a name with "of" is the word before it',
      'The Association of Flight Attendants endorsed Clinton. The union wrote that she would fight for workers.',
      'she would fight for workers',
      'Association of Flight Attendants',
    ],
    [
      'an acronym that spells a function word is a name ("says WHO")',
      'Untreated pneumonic plague is always fatal, says WHO.',
      'Untreated pneumonic plague is always fatal',
      'World Health Organization',
    ],
    [
      'an acronym that spells a function word is a name ("the WHO says")',
      'The WHO says the outbreak is contained.',
      'the outbreak is contained',
      'World Health Organization',
    ],
    [
      'an honorific outranks a surname the tagger knows as a first name',
      'Ms Ruiz disliked the exam. Mark Addison, then her private secretary, said the plan was unrealistic. Ms Ruiz had not, Mr Addison added, been impressed. She asked for a delay. “I agree - no option but to go ahead,” she said.',
      'I agree - no option but to go ahead',
      'Ruiz',
    ],
    [
      'a name after the recipient, with its own verb, opens the content',
      'Polly Shep told the jury Roof stood over her with his gun.',
      'Roof stood over her with his gun',
      'Polly Shep',
    ],
    [
      'a list inside the reported clause does not end it at its first comma',
      'The Zephyr Real Estate Association confirms what buyers, sellers and owners have known: the market is slow.',
      'what buyers, sellers and owners have known: the market is slow',
      'Zephyr Real Estate Association',
    ],
    [
      'a hyphenated word opens the speaker phrase',
      'A well-known lawyer said the case was weak.',
      'the case was weak',
      'A well-known lawyer',
    ],
    [
      'a coordinated verb takes the subject, not a phrase of time before it',
      'Ann Lee left the band in May. In a post at the time she called it a relief and accused the label of bullying.',
      'the label of bullying',
      'Ann Lee',
    ],
    [
      'a title joined by hyphens before a name',
      '“We will appeal,” said Wikileaks editor-in-chief Kristinn Hrafnsson.',
      'We will appeal',
      'Kristinn Hrafnsson',
    ],
    [
      'a predicate adjective before "and" ends the clause before the subject',
      'He was otherwise fine and the military said it was keeping him safe.',
      'it was keeping him safe',
      'the military',
    ],
    [
      'a comparative before "and" ends the clause before the subject',
      'Advisers urged him to fire feds faster and Energy staffers know their protections have been weakened.',
      'their protections have been weakened',
      'Energy staffers',
    ],
    [
      'two modifiers joined by "and" stay one subject',
      'Senior and junior officials said the plan had failed.',
      'the plan had failed',
      'Senior and junior officials',
    ],
    [
      'a title opens a subject of its own after a plural noun',
      'It was ruined by economic policies Mr Mugabe’s critics have long said were reckless.',
      'were reckless',
      'Mr Mugabe’s critics',
    ],
    [
      'an auxiliary the tagger calls a noun is not part of the subject',
      'The firm has denied breaking the law.',
      'breaking the law',
      'The firm',
    ],
    [
      'an adverb after the auxiliary',
      'Big Machine have twice denied doing anything wrong.',
      'doing anything wrong',
      'Big Machine',
    ],
    [
      '"they" for the people an abstract noun is "of"',
      'Her post got the attention of two big-name politicians. They said the label had gone too far.',
      'the label had gone too far',
      'two big-name politicians',
    ],
    [
      'a described role named later in the article',
      'The house will become a police station, Ruritania’s interior minister said. “It sends a signal,” Interior Minister Anna Kovac said.',
      'The house will become a police station',
      'Anna Kovac',
    ],
    [
      'a role described with "of" that an apposition gave a person',
      'Omar Salem, the leader of Ennahda, spoke first. The leader of Ennahda said the vote was fair.',
      'the vote was fair',
      'Omar Salem',
    ],
    [
      'a described role two people hold names neither',
      'The interior minister said the talks went well. Interior Minister Anna Kovac and Interior Minister Ivo Horvat met later.',
      'the talks went well',
      'The interior minister',
    ],
    [
      'a name after the verb is its subject, past a comma-set phrase before it',
      'The weather should ease by noon, allowing crews to restore power, said Mark Quinlan, a director of planning.',
      'The weather should ease by noon, allowing crews to restore power',
      'Mark Quinlan',
    ],
    [
      'a name after the verb is its object when an auxiliary comes first',
      'Morton Blackwell, the activist who founded the institute, has endorsed Sen. Ted Cruz for president.',
      'Sen. Ted Cruz for president',
      'Morton Blackwell',
    ],
    [
      '"he" follows a chain of sentences it opens back to their subject',
      'Paul Reyes faces ten years in prison. Sentencing is set for May. He was arrested for a call to the office of Rep. Ilhan Omar. During the call, he said the office would burn.',
      'the office would burn',
      'Paul Reyes',
    ],
    [
      '"the statement" is whoever made the statement just cited',
      'Two soldiers were killed, the military said in a statement on Wednesday. “The cause is under investigation,” the statement said.',
      'The cause is under investigation',
      'the military',
    ],
    [
      '"she" after a sentence about her: the possessor opening it, not a person in passing',
      'Nora Vale’s albums were released by a label owned by manager Scooter Braun. In a post she accused him of bullying.',
      'him of bullying',
      'Nora Vale',
    ],
    [
      'a name after coordinated titles is the speaker',
      'Acme co-founder and CEO Jane Doe said the price gap was less relevant.',
      'the price gap was less relevant',
      'Jane Doe',
    ],
    [
      '"the airline" is the one the headline names, over one mentioned twice in passing',
      'Search widens for missing AirAsia plane\nThe search is like the one for the Orion Airlines flight lost in 2014. Orion Airlines never found it. The pilot was experienced, the airline said.',
      'The pilot was experienced',
      'AirAsia',
    ],
    [
      '"a" and a singular noun do not open a plural speaker',
      'The police saw him wearing a backpack investigators believe held a bomb.',
      'held a bomb',
      'investigators',
    ],
    [
      '"a group of" does',
      'A group of physicians said the clinic should open.',
      'the clinic should open',
      'A group of physicians',
    ],
    [
      '"it" in a clause of the sentence is the body the sentence is about',
      'The Electoral Commission said the rules were clear. The Conservative Party came under fire this month when it said the video was satire.',
      'the video was satire',
      'Conservative Party',
    ],
    [
      'a possessor with a bare apostrophe is not the subject',
      'Whole Foods’ halibut deal opens a window into Amazon’s strategy as it seeks to combine the two brands.',
      'to combine the two brands',
      'Amazon',
    ],
    [
      'an age between commas is never the speaker',
      'The mayor, 52, said the bridge was old.',
      'the bridge was old',
      'The mayor',
    ],
    [
      '"he" is never the writer an "I" stood for',
      'Mark Ruiz said the deals take time. I think they came to us. He also stressed the need to move fast.',
      'the need to move fast',
      'Mark Ruiz',
    ],
    [
      '"he" skips a woman named in between',
      'John Miller said the plan was sound. Sarah Jones had called it costly. He said it would save money.',
      'it would save money',
      'John Miller',
    ],
    [
      '"she" skips a man named in between',
      'Hillary Clinton met Donald Trump on Monday. She said the talks had failed.',
      'the talks had failed',
      'Hillary Clinton',
    ],
    [
      '"he" stays with the speaker, not a person named inside the statement',
      'Eric Reeves said the policy had failed. He said Omar Bashir had not changed.',
      'Omar Bashir had not changed',
      'Eric Reeves',
    ],
    [
      '"he" goes to the subject of the sentence before, not its object',
      'Mr. Lopez met Mr. Smith in Paris on Monday. He said the deal was close.',
      'the deal was close',
      'Lopez',
    ],
    [
      '"they" goes to the plural source before',
      'Obama administration officials said the talks had begun. They said Sudan had a long way to go.',
      'Sudan had a long way to go',
      'Obama administration officials',
    ],
    [
      '"the president" is the person the article calls president',
      'President Barack Obama met Angela Merkel in Berlin. Merkel spoke first. The president said the alliance was strong.',
      'the alliance was strong',
      'Barack Obama',
    ],
    [
      '"the mayor of X" is the person named as its mayor',
      'Tri Rismaharini, the mayor of Surabaya, visited the families. Officials said the search went on. The mayor of Surabaya said the city would help.',
      'the city would help',
      'Tri Rismaharini',
    ],
    [
      '"the airline" is the airline the article is about, not the nearest company',
      'AirAsia lost contact with the plane. AirAsia shares fell. The jet was built by Airbus. The airline said the pilot was experienced.',
      'the pilot was experienced',
      'AirAsia',
    ],
    [
      'a shared surname is the person the article keeps naming, not the one named once before',
      'Mary Smith was arrested on Friday. Senator John Smith said the bill was dead. Smith said the vote would fail.',
      'the vote would fail',
      'John Smith',
    ],
    [
      'a family name written first is the person already speaking, not one named once in passing',
      'Interior Minister Lee Sang-min was questioned. Lee Jae-myung, leader of the Democratic Party, spoke on Monday. Lee said the vote must go ahead.',
      'the vote must go ahead',
      'Lee Jae-myung',
    ],
    [
      '"the airline" is not a plane maker named only in the plane\'s type ("an Airbus A320")',
      'Indonesia AirAsia lost contact with its plane, an Airbus A320, on Sunday. The airline said the pilot was experienced.',
      'the pilot was experienced',
      'Indonesia AirAsia',
    ],
    [
      'a description set off by commas after a name is that person',
      'Anna Berg, the leader of the Green Party, urged the mayor to resign.',
      'to resign',
      'Anna Berg',
    ],
    [
      'a description after a surname opening the sentence is that person',
      'Anna Berg visited the city on Monday. Berg, the Green Party leader, said the vote was rigged.',
      'the vote was rigged',
      'Anna Berg',
    ],
    [
      '"the leader of X" is the person the article named as its leader',
      'Anna Berg, the leader of the Green Party, spoke on Monday. Officials said the roads were closed. The leader of the Green Party said the vote was rigged.',
      'the vote was rigged',
      'Anna Berg',
    ],
    [
      'a party-district tag after a name is not the speaker: the name is',
      'Many lawmakers praised the speech. State Sen. Dawn Walsh (R-Camden), for example, said the governor had kept his promises.',
      'the governor had kept his promises',
      'Dawn Walsh',
    ],
    [
      'a name with an apostrophe of its own keeps its possessive ("O’Malley’s campaign")',
      'Martin Doyle spoke in Iowa. O’Doyle’s campaign says it will shift staff to the early states.',
      'it will shift staff to the early states',
      'O’Doyle’s campaign',
    ],
    [
      'a participle and its time describe the noun before them',
      'A news report published Wednesday said the minister used a personal email account.',
      'the minister used a personal email account',
      'A news report',
    ],
    [
      'a comma after a party-district tag',
      'After the primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”',
      'I’m getting ready to rent a covered wagon.',
      'John Kasich',
    ],
    [
      'a relative clause after a party-district tag: the name before the bracket',
      'Sen. Tom Cotton (R-Ark.), who chairs the panel, said the bill was dead.',
      'the bill was dead',
      'Tom Cotton',
    ],
    [
      '"the utility" is the power company named before',
      'Pacific Gas & Electric Co cut power to 500,000 homes. The utility said it would monitor the weather.',
      'it would monitor the weather',
      'Pacific Gas & Electric Co',
    ],
    [
      '"the utilities commission" is the commission named before',
      'The California Public Utilities Commission met on Monday. The utilities commission said the cuts were too broad.',
      'the cuts were too broad',
      'California Public Utilities Commission',
    ],
    [
      '"the officials" are the officials described before',
      'Con Edison officials say the fires are common. The officials added that crews would salt the roads.',
      'crews would salt the roads',
      'Con Edison officials',
    ],
    [
      '"the sheriff" is the sheriff named in a title after a county',
      'Morton County Sheriff Kyle Kirch spoke on Monday. The sheriff said the protesters were violent.',
      'the protesters were violent',
      'Kyle Kirch',
    ],
    [
      '"the real estate agent" is the person described as one',
      'Ann Sowa, a real estate agent, lost her home. The real estate agent said the market was weak.',
      'the market was weak',
      'Ann Sowa',
    ],
    [
      '"the founder" is the co-founder',
      'Critics attacked Acme co-founder Tom Ruiz in 2010. The Acme founder argued that the case was political.',
      'the case was political',
      'Tom Ruiz',
    ],
    [
      '"the group" is the guild named before',
      'Officers used water cannons, said Ann Lee of the National Lawyers Guild. The group is seeking a restraining order, and it said the police had gone too far.',
      'the police had gone too far',
      'National Lawyers Guild',
    ],
    [
      '"his spokesman" after the statement: the person the pronoun stands for, and the role',
      'Ann Lee stayed home. Fuelling talk, opposition leader Tom Ruiz, who has been ill, returned to the capital on Wednesday, his spokesman said.',
      'Fuelling talk, opposition leader Tom Ruiz, who has been ill, returned to the capital on Wednesday',
      "Tom Ruiz's spokesman",
    ],
    [
      '"her lawyer" before the statement',
      'Ann Lee was charged on Monday. Her lawyer said she was innocent.',
      'she was innocent',
      "Ann Lee's lawyer",
    ],
    [
      '"her father" after an unnamed woman in the sentence stays a description',
      'Ann Lee spoke at the rally. One woman’s arm was badly hurt, according to her father.',
      'One woman’s arm was badly hurt',
      'her father',
    ],
    [
      'a name after a description whose only name modifies its head',
      'One delegate not on the Cruz slate, Kelly Schmidt, told reporters she was leaning toward Cruz.',
      'she was leaning toward Cruz',
      'Kelly Schmidt',
    ],
    [
      'the first name of a run of descriptions, not the paper named last',
      "Giovanni Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said every pope was political.",
      'every pope was political',
      'Giovanni Vian',
    ],
    [
      'a campaign named after its candidate after "according to"',
      'According to the Trump campaign, the speech will be delivered on Monday.',
      'the speech will be delivered on Monday',
      'the Trump campaign',
    ],
    [
      'a verb of speech after "by": the subject of the verb it hangs on',
      'Japan responded by saying China should be careful.',
      'China should be careful',
      'Japan',
    ],
    [
      'a verb of speech after "by": the name an apposition describes, not the apposition',
      'Former President Barack Obama, the most popular Democrat in America, weighed in by warning that the party could lose.',
      'the party could lose',
      'Barack Obama',
    ],
    [
      'a verb of speech after "before": the subject of the verb it follows',
      'Mary J. Blige sings to Clinton before asking her, “Where do we go from here?”',
      'Where do we go from here?',
      'Mary J. Blige',
    ],
    [
      'a verb of speech after "while", its clause apart from the one before',
      'Obama promised to bridge the divides while arguing that the way to rise above them is to vote.',
      'the way to rise above them is to vote',
      'Obama',
    ],
    [
      'an -ing verb of speech after a comma: the subject of the verb its clause hangs on',
      'In a widely read column in the day before the debate, two Democratic speechwriters implored her to bring it back, arguing that it agitated Trump.',
      'it agitated Trump',
      'two Democratic speechwriters',
    ],
    [
      'an -ing verb of speech after a comma, past a "that" clause to the subject of the sentence',
      'Mr. Putin veered close to an admission that Russian soldiers had fought in Ukraine, saying the war was over.',
      'the war was over',
      'Putin',
    ],
    [
      'an -ing verb of speech after a comma, past a participle clause opening the sentence',
      'Speaking at a town hall event in Salem, New Hampshire, Donald Trump went after Bush, calling him “a total stiff.”',
      'him “a total stiff.',
      'Donald Trump',
    ],
    [
      'a verb of speech after "by", past the objects of a preposition and a verb',
      'The Sanders campaign responded to criticism on immigration issues by pointing to the record of Hillary Clinton.',
      'to the record of Hillary Clinton',
      'The Sanders campaign',
    ],
    [
      '"according to" and an object pronoun',
      'Jorge Ramos spoke on Monday. According to him, Televisa censored the show.',
      'Televisa censored the show',
      'Jorge Ramos',
    ],
    [
      'a title-case label: the topic after its preposition does not speak',
      'CNN President On Trump: "He is a great showman and we like him."\nJeff Zucker runs CNN.',
      'He is a great showman and we like him.',
      'CNN President',
    ],
    [
      'a role noun with "to": the role speaks, not whom it serves',
      'A senior adviser to Hillary Clinton said it was over.',
      'it was over',
      'A senior adviser to Hillary Clinton',
    ],
    [
      'a speech verb opening the sentence, its speaker after it and a quotation after the colon',
      'Ryan Ellis is a tax consultant. Said Ellis: “I don’t get the sense she’s interested in tax reform.”',
      'I don’t get the sense she’s interested in tax reform.',
      'Ryan Ellis',
    ],
    [
      'a speech verb opening the sentence, its speaker after it and a quotation after the comma',
      'Ann Lee spoke last. Added the senator, "We will win this fight."',
      'We will win this fight.',
      'the senator',
    ],
    [
      'a participle clause opening the sentence, with a quotation in it: the subject after it',
      'Hillary Clinton wrote a book. After saying her foot was “so swollen I could barely walk,” she went to a hospital.',
      'her foot was “so swollen I could barely walk',
      'Hillary Clinton',
    ],
    [
      "a participle and its phrase after the subject: the subject speaks, not the phrase's object",
      'Protesters marching through the streets chanted that the curfew was unjust.',
      'the curfew was unjust',
      'Protesters marching through the streets',
    ],
    [
      'a preposition the tagger reads as an adjective, inside such a phrase',
      'A man standing outside the court said that the verdict was unjust.',
      'the verdict was unjust',
      'A man standing outside the court',
    ],
    [
      'a possessive before an adjective is no "is": the role it owns speaks',
      '“That was outrageous,” Obama’s former campaign strategist said in an interview.',
      'That was outrageous',
      'Obama’s former campaign strategist',
    ],
    [
      'a noun the tagger reads as a verb after an adjective is part of the subject',
      'Gay rights groups condemned the passage of the bill.',
      'the passage of the bill',
      'Gay rights groups',
    ],
    [
      'a pronoun inside a dash aside right after a person is that person, and reports up to the closing dash',
      'Donald Trump spoke on Monday. “It is hard,” said Ryan Ellis, a consultant. But some note that Trump — even as he says his experience makes him qualified — has proposed little.',
      'his experience makes him qualified',
      'Donald Trump',
    ],
    [
      'two named people joined by "and" speak together',
      'Boris Johnson and Jeremy Corbyn met. Johnson and Corbyn said the vote was close.',
      'the vote was close',
      'Boris Johnson and Jeremy Corbyn',
    ],
    [
      'a pair is never "she"',
      'Phyllis Schlafly admired Ronald Reagan and Donald Trump. Reagan and Trump have shown they will never compromise. “We need a wall,” she wrote.',
      'We need a wall',
      'Phyllis Schlafly',
    ],
    [
      'an object pronoun after a person says nothing of her gender',
      'Sen. Claire McCaskill met him. “The scientific community is against you,” she said.',
      'The scientific community is against you',
      'Claire McCaskill',
    ],
    [
      'a role noun with "to" before a name in apposition',
      'The U.S. ambassador to the United Nations, Samantha Power, said the vote was close.',
      'the vote was close',
      'Samantha Power',
    ],
    [
      'a place in apposition is a hometown, not the speaker',
      'A woman in Worcester, Massachusetts, told him she worries he is too nice.',
      'she worries he is too nice',
      'A woman in Worcester',
    ],
    [
      'a role noun with a state, for the lawmaker the article titled and tagged with that state',
      'Sen. Marco Rubio (R-Fla.) and Sen. Ted Cruz (R-Texas) spoke in Iowa. The Florida senator said he would win.',
      'he would win',
      'Marco Rubio',
    ],
    [
      'a role noun for the holder named in the sentence before, not the most mentioned one',
      'Sen. Ted Cruz spoke. Sen. Ted Cruz left. Cruz returned. Sen. John McCain met reporters. McCain said he was tired. The longtime senator said he rarely campaigns for others.',
      'he rarely campaigns for others',
      'John McCain',
    ],
    [
      'a role noun for the speaker just before when the only titled holder is a former one',
      'Former Florida Gov. Jeb Bush spoke first. Bush said the plan was weak. In his state, Chris Christie said, offenders are sent to treatment. The governor claimed that crime has gone down 20 percent.',
      'crime has gone down 20 percent',
      'Chris Christie',
    ],
    [
      'a candidate keeps the title the article gave him',
      'Ohio Gov. John Kasich said on Monday that he was confident. The candidate said he would win Michigan.',
      'he would win Michigan',
      'John Kasich',
    ],
    [
      'a surname that is a month, then alone at a sentence start',
      'Prime Minister Theresa May spoke to reporters about the talks. May said the talks would start in March.',
      'the talks would start in March',
      'Theresa May',
    ],
    [
      'a restrictive relative clause after the verb describes its speaker',
      'He refused to pay an architect who said he was stiffed after the work was done.',
      'he was stiffed after the work was done',
      'an architect',
    ],
  ])('%s', (_name, text, content, speaker) => {
    expect(speakerOf(text, content)).toBe(speaker);
  });

  test.each([
    [
      '"the airline" is never a news agency',
      'Reuters reported the crash. Reuters added details. The airline said the pilot was fine.',
      'the pilot was fine',
      'Reuters',
    ],
    [
      '"the department" is never a guild',
      'The National Lawyers Guild sued the county. A sheriff’s spokeswoman spoke. The department conceded that it had used water.',
      'it had used water',
      'National Lawyers Guild',
    ],
    [
      '"the department" is never a body whose name says no kind',
      'The United Nations sent observers. The department said that the roads were closed.',
      'the roads were closed',
      'United Nations',
    ],
    [
      '"the company" is never a university',
      'Stanford University studied the chips. The company said sales rose.',
      'sales rose',
      'Stanford University',
    ],
    [
      'the object of a verb coordinated with another is never an inverted speaker',
      'The network has aired conspiracy theories, posted one-sided news and presented grim views.',
      'The network has aired conspiracy theories',
      'one-sided news',
    ],
    [
      'the object of a preposition is never the subject of an -ing form',
      'Ann Lee posted on Twitter accusing the label of bullying.',
      'the label of bullying',
      'Twitter',
    ],
    [
      '"she" is never a man',
      'Mr. John Smith arrived late. She said the meeting was over.',
      'the meeting was over',
      'John Smith',
    ],
    [
      '"he" is never a place taken for a name',
      'Ships waited at Walter Reed Harbour on Monday. He says the boats are ready.',
      'the boats are ready',
      'Walter Reed Harbour',
    ],
  ])('does not resolve: %s', (_name, text, content, wrong) => {
    expect(speakerOf(text, content)).not.toBe(wrong);
  });
});

describe('attributions: junk speakers', () => {
  const speakers = (text: string) => analyze(text).attributions.map((a) => a.speaker);
  test.each([
    ['a generic "you"', 'If you ask the experts, you find that the plan is sound.'],
    ['"they" with nothing to stand for', 'They said the roads were closed.'],
    ['"he" with no person before', 'The storm hit the coast on Monday. He said the roads were closed.'],
    ['"it" with no organisation before', 'It said the roads were closed.'],
    ['"anyone"', 'Anyone who says the war is over is wrong.'],
    ['"everyone"', 'Everyone agreed that the plan had failed.'],
    ['a subject opened by "no"', 'Although no group claimed responsibility, the bombing raised fears.'],
    ['"none"', 'None of the candidates has said the plan had failed.'],
  ])('never lists an unresolved pronoun: %s', (_name, text) => {
    for (const s of speakers(text))
      expect(s).not.toMatch(/^(?:i|we|you|he|she|they|it|anyone|everyone|group|none of the candidates)$/i);
  });

  test('places joined by a slash before a colon are a dateline, not a speaker', () => {
    const text =
      'Trump warns India\nWashington/ New Delhi:\nDonald Trump has said there may be retaliation. He spoke in Washington and flew to New Delhi.';
    expect(speakers(text).map((s) => s.toLowerCase())).not.toContain('new delhi');
  });

  test('a dateline in capitals before a colon is a place, not a speaker', () => {
    const text = 'PERRIS: Woman charged in shooting of boyfriend, police say\nA man was shot near Perris on Monday.';
    expect(speakers(text).map((s) => s.toLowerCase())).not.toContain('perris');
  });

  test.each([
    [
      'a photo credit line',
      'The Pentagon struck a depot on Monday.\nPhotograph: AFP\nIt said no civilians were hurt.',
      'Agence France-Presse',
    ],
    [
      'a photographer and agency',
      'Maria Lopez visited the site.\nPhoto: John Smith/Reuters\nShe said the work was done.',
      'John Smith',
    ],
  ])('a name in %s never takes a later pronoun', (_name, text, credited) => {
    expect(speakers(text)).not.toContain(credited);
    expect(speakers(text).length).toBeGreaterThan(0);
  });

  test.each([
    ['"I" outside quotation marks is the writer', 'I argued last week that the plan would fail.', WRITER],
    ['"we" outside quotation marks is the writer', 'We reported in May that the deal had collapsed.', WRITER],
    [
      '"I" in a transcript turn is its speaker',
      'Chris Wallace hosted the debate.\nWALLACE: I asked him whether the deal had collapsed, and he said no.',
      'Chris Wallace',
    ],
    [
      '"they" is the plural phrase before when no source spoke',
      'The Associated Press interviewed more than 20 former crew members. They described crass behaviour on the set.',
      '20 former crew members',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text)).toContain(speaker);
  });
});

describe('attributions: a claim noun speaks for its possessor', () => {
  const statements = (text: string) =>
    analyze(text).attributions.map((a) => ({ speaker: a.speaker, content: a.content.text, act: a.act ?? 'assert' }));
  test.each([
    [
      'a named possessor',
      'Fact-checkers seized on Donald Trump’s claim that there had been thousands of shootings.',
      { speaker: 'Donald Trump', content: 'there had been thousands of shootings', act: 'assert' },
    ],
    [
      'a denial denies',
      'Officials rejected the ministry’s denial that troops had crossed the border.',
      { speaker: 'the ministry', content: 'troops had crossed the border', act: 'deny' },
    ],
    [
      'the clause ends before the verb of the sentence',
      'Clinton’s argument that the economy is strong fell flat with voters.',
      { speaker: 'Clinton', content: 'the economy is strong', act: 'assert' },
    ],
    [
      'a verb group with an adverb stays in the clause',
      'Seoul doubted Pyongyang’s claim that it had successfully tested a hydrogen bomb.',
      { speaker: 'Pyongyang', content: 'it had successfully tested a hydrogen bomb', act: 'assert' },
    ],
    [
      'a possessive pronoun stands for the person before',
      'Mary Smith said the vote was rigged. Her insistence that the count was wrong has not changed.',
      { speaker: 'Mary Smith', content: 'the count was wrong', act: 'assert' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(statements(text)).toContainEqual(expected);
  });

  test('a claim with no possessor names nobody', () => {
    expect(statements('The claim that troops had crossed the border was never tested.')).toEqual([]);
  });

  test('"Their" after a capitalised plural source is that source', () => {
    const text =
      'Officials at the ministry said the rules were clear. Their argument that the rules allow it was rejected.';
    expect(statements(text)).toContainEqual({
      speaker: 'Officials at the ministry',
      content: 'the rules allow it',
      act: 'assert',
    });
  });
});

describe('attributions: objects that are not statements', () => {
  test.each([
    ['a lone object pronoun', 'Officers questioned them.'],
    ['a lone object pronoun after a stance verb', 'The senator praised him on Monday.'],
  ])('%s is whom it was about, not what was said', (_name, text) => {
    expect(analyze(text).attributions).toEqual([]);
  });

  test.each([
    ['an order', 'In 1998 the president ordered a cruise missile strike against a factory.'],
    ['a search', 'Shoppers were seeking out fresh fish for the holidays.'],
    ['a request of a state', 'The United States is seeking his extradition over the leaks.'],
    ['a sight', 'Officers saw a man near the station on Monday.'],
    ['a shown quality', 'The government had shown important progress on several fronts.'],
    ['a shared post', 'The reporter retweeted the story on Friday.'],
  ])('%s: a noun-phrase object of an act, a search or a sight is no statement', (_name, text) => {
    expect(analyze(text).attributions).toEqual([]);
  });
});
