// Named actors (lib/actors.ts): table-driven, on sentences written for these tests.
import { describe, expect, test } from 'vitest';
import { findActors } from '../../lib/actors.ts';
import { parse } from '../../lib/nlp.ts';
import type { Actor } from '../../lib/types.ts';

function actorsOf(text: string): Actor[] {
  const actors = findActors(parse(text));
  for (const a of actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return actors;
}

const byMention = (actors: Actor[], mention: string) => actors.find((a) => a.mentions.some((m) => m.text === mention));

describe('matches', () => {
  test.each([
    // [text, a mention, canonical name, kind]
    [
      'Karoline Leavitt, the press secretary, spoke first. Later Leavitt told reporters more.',
      'Leavitt',
      'Karoline Leavitt',
      'person',
    ],
    ['The envoy held talks with Hamas in Doha, officials said.', 'Hamas', 'Hamas', 'organization'],
    // a role word before a given name ends the title, however the role is written
    ['National Security Adviser John Bolton said the talks failed.', 'John Bolton', 'John Bolton', 'person'],
    ['Disney Chief Executive Bob Iger said the service launched.', 'Bob Iger', 'Bob Iger', 'person'],
    ['Browns DL Sheldon Richardson said he was angry.', 'Sheldon Richardson', 'Sheldon Richardson', 'person'],
    ['Mary Ann Smith said no.', 'Mary Ann Smith', 'Mary Ann Smith', 'person'],
    // a title's complement names no person: a place or a body keeps its name
    [
      'James P. Kennedy Jr., the U.S. Attorney for the Western District of New York, said the case was closed.',
      'Western District of New York',
      'Western District of New York',
      'place',
    ],
    // (a longer complement may hold a name the lists miss)
    [
      'Former Speaker of the House Newt Gingrich said it was good. Gingrich spoke later.',
      'Gingrich',
      'House Newt Gingrich',
      'person',
    ],
    [
      'Aid reached the Democratic Republic of Congo.',
      'Democratic Republic of Congo',
      'Democratic Republic of Congo',
      'place',
    ],
    // (a person's name quoted is still the person)
    ['“Hillary Clinton,” he said, “is a liar.”', 'Hillary Clinton', 'Hillary Clinton', 'person'],
    // a state's postal code after a comma makes the name before it a place
    ['The tour opens in Charlotte, NC on June 5.', 'Charlotte', 'Charlotte', 'place'],
    // ("WHO WARNS OF NEW VIRUS" is no question)
    ['WHO WARNS OF NEW VIRUS\nThe agency spoke on Monday.', 'WHO', 'World Health Organization', 'organization'],
    // a road's last word makes the name a place, whatever the words before it
    [
      'Deputies were called to a home on Jolinda Drive in Rialto about 9 p.m., the sheriff said.',
      'Jolinda Drive',
      'Jolinda Drive',
      'place',
    ],
    ['Traffic stopped on the Belt Parkway for hours.', 'Belt Parkway', 'Belt Parkway', 'place'],
    // a facility after a name makes the name a place, whoever it is named after
    [
      'The president made a trip to Walter Reed hospital on Saturday. His visit to Walter Reed was short.',
      'Walter Reed',
      'Walter Reed',
      'place',
    ],
    // a capitals dateline is one place, its short words included (actor.dateline)
    ['NORTH ZARNOTH (AP) — Power was cut on Wednesday.', 'NORTH ZARNOTH', 'NORTH ZARNOTH', 'place'],
    ['SANTA LUCIA, Ruritania - The vote was close.', 'SANTA LUCIA', 'SANTA LUCIA', 'place'],
    // the head noun of an apposition gives the kind (actor.apposition)
    ['Pat Kell, 55, of Nolby, a village north of the lake, was charged.', 'Nolby', 'Nolby', 'place'],
    ['Sales rose, according to Zarnex, a Tulsa-based provider of car data.', 'Zarnex', 'Zarnex', 'organization'],
    ['We asked Brenlo Vask, the grocery chain, for comment.', 'Brenlo Vask', 'Brenlo Vask', 'organization'],
    // an apposition about a person is no body ("a company spokeswoman")
    ['We spoke to Mary Ann Zold, a company spokeswoman.', 'Mary Ann Zold', 'Mary Ann Zold', 'person'],
    // a name the article refers to by "which" is no person (actor.which); a body's noun after it (context vote)
    [
      'Zarnoth Edvo, which maintains the lines, said repairs would take days.',
      'Zarnoth Edvo',
      'Zarnoth Edvo',
      'organization',
    ],
    ['Zarnoth Edvo, who maintains the lines, said repairs would take days.', 'Zarnoth Edvo', 'Zarnoth Edvo', 'person'],
    ['He shared an article by Brelvo magazine on Sunday.', 'Brelvo', 'Brelvo', 'organization'],
    // a body's name runs to its head noun before a title, a nationality word included, and takes "of" a place
    [
      'The minister was briefed on crime and security matters by Australian Federal Police Commissioner Andrew Colvin on Monday.',
      'Australian Federal Police',
      'Australian Federal Police',
      'organization',
    ],
    [
      'The union leader, American Federation of Government Employees President J. David Cox Sr., said it was wrong.',
      'American Federation of Government Employees',
      'American Federation of Government Employees',
      'organization',
    ],
    [
      'He said so in a speech to the Naval Academy of Ruritania on Monday.',
      'Naval Academy of Ruritania',
      'Naval Academy of Ruritania',
      'organization',
    ],
    // a name followed by the region it lies in is a place (actor.in-region), not a person named with a role
    ['The bomb was found near a train station in Elizabeth, N.J. The police came.', 'Elizabeth', 'Elizabeth', 'place'],
    ['She grew up in Zarnoth, Texas, where it is hot.', 'Zarnoth', 'Zarnoth', 'place'],
    [
      'It was bad, said Lotfi Zarnoth, Tunisia country director for the group.',
      'Lotfi Zarnoth',
      'Lotfi Zarnoth',
      'person',
    ],
    // a noun only a body has after the name (actor.body-noun), not after a place's name
    ['Shoppers at Brenlo Vask stores paid less on Monday.', 'Brenlo Vask', 'Brenlo Vask', 'organization'],
    ['The deal angered Zarnex shareholders, who sued.', 'Zarnex', 'Zarnex', 'organization'],
    // a name listed with names of one firm kind is of their kind (actor.list); a person's full name is not
    [
      'He owned the Ruritania Times, the Tolby Herald and Zarnoth Vask until May.',
      'Zarnoth Vask',
      'Zarnoth Vask',
      'organization',
    ],
    [
      'A letter went to the Department of Zarnian Affairs and Alex Azar, the Health and Human Services secretary.',
      'Alex Azar',
      'Alex Azar',
      'person',
    ],
    // a country after a word that is no place: a company's national arm
    ['A poll by Gallup Korea found support falling.', 'Gallup Korea', 'Gallup Korea', 'organization'],
    ['Officials in North Korea denied it.', 'North Korea', 'North Korea', 'place'],
    // a title, "of" and a place: the place ("the State of New Jersey", "the Governor of Texas")
    ['He did the job he was hired to do in the State of New Jersey.', 'New Jersey', 'New Jersey', 'place'],
    ['The Governor of Texas spoke first.', 'Texas', 'Texas', 'place'],
    // a party's members by name are the party
    ['Republicans in Congress objected to the bill.', 'Republicans', 'Republican Party', 'organization'],
    ['Two Democrats voted against it.', 'Democrats', 'Democratic Party', 'organization'],
    // a reporting verb in a title-case headline ends the name
    ['Glenn Beck Says Trump Poses A Threat.\n\nBeck spoke on Monday.', 'Glenn Beck', 'Glenn Beck', 'person'],
    ['The town council of Brackley Moor voted to build the wall.', 'Brackley Moor', 'Brackley Moor', 'place'],
    // a head noun says the kind, whatever the words around the name vote
    [
      'The whales swam into Korvald Harbour. Korvald Harbour was closed.',
      'Korvald Harbour',
      'Korvald Harbour',
      'place',
    ],
    [
      'The Tamarin Nation said it would sue. Tamarin Nation members agreed.',
      'Tamarin Nation',
      'Tamarin Nation',
      'organization',
    ],
    [
      'He spoke to Zephyr Insider. Zephyr Insider reported the call.',
      'Zephyr Insider',
      'Zephyr Insider',
      'organization',
    ],
    // a lower-case tail makes an ordinary compound, and "the X area" is a place
    ['Sales in the Zarnoth area fell. Zarnoth-area dealers were gloomy.', 'Zarnoth', 'Zarnoth', 'place'],
    // "at X" alone does not make a body's short name a place ("Linden, N.J." stays one)
    [
      'Zorbex Media bought the paper. At Zorbex, for example, the deal will help.',
      'Zorbex',
      'Zorbex Media',
      'organization',
    ],
    [
      'Pollard Police Department officers came. The crash was in Pollard, N.J., at dawn.',
      'Pollard',
      'Pollard',
      'place',
    ],
    // a compass word opens a place's name, whatever the word after it looks like
    ['He works at a bank in West Chester, Pennsylvania.', 'West Chester', 'West Chester', 'place'],
    // a spaced ampersand joins a firm's name
    ['Engineers at Hollis & Grant drew up the plans.', 'Hollis & Grant', 'Hollis & Grant', 'organization'],
    ['She left Pellworth & Sons last year.', 'Pellworth & Sons', 'Pellworth & Sons', 'organization'],
    ['The envoy held talks with Hamas in Doha, officials said.', 'Doha', 'Doha', 'place'],
    ['An official told AFP the decision was final.', 'AFP', 'Agence France-Presse', 'organization'],
    ['Axios first reported the meeting.', 'Axios', 'Axios', 'organization'],
    ['Officials in the US said the United States would act.', 'US', 'United States', 'place'],
    ['Officials in the U.S. said the plan was ready.', 'U.S.', 'United States', 'place'],
    ['President Trump met reporters. Mr. Trump then left for Ohio.', 'Trump', 'Trump', 'person'],
    ["Netanyahu's office said Benjamin Netanyahu would travel.", 'Netanyahu', 'Benjamin Netanyahu', 'person'],
    [
      'Marta van Dijk, a geologist, spoke. Later van Dijk said the rocks moved.',
      'van Dijk',
      'Marta van Dijk',
      'person',
    ],
    [
      'The Global Shipping Council (GSC) warned of delays, and the GSC said more would follow.',
      'GSC',
      'Global Shipping Council',
      'organization',
    ],
    [
      'The National Weather Agency issued a warning on the coast.',
      'National Weather Agency',
      'National Weather Agency',
      'organization',
    ],
    ['She studied at Harvard University. Harvard said she graduated.', 'Harvard', 'Harvard University', 'organization'],
    ['Fishing boats crossed the Java Sea at night.', 'Java Sea', 'Java Sea', 'place'],
    ['Palestinians and Israelis met in the city.', 'Palestinians', 'Palestinian', 'group'],
    ['Ruritania President Jan Novak met the delegation.', 'Jan Novak', 'Jan Novak', 'person'],
    ['Analysts at the London-based firm were surprised.', 'London', 'London', 'place'],
    // a run of capitalised words that opens with an ordinary word is no person by default
    [
      'The papers were released by the National Archive on Friday.',
      'National Archive',
      'National Archive',
      'organization',
    ],
    [
      'Reporters from Coastal Carolina Public Radio were there.',
      'Coastal Carolina Public Radio',
      'Coastal Carolina Public Radio',
      'organization',
    ],
    [
      'The shooting at Mother Emanuel Episcopal Church shocked the city.',
      'Mother Emanuel Episcopal Church',
      'Mother Emanuel Episcopal Church',
      'place',
    ],
    ['Prosecutors said Dylann Quarrel was found guilty at the trial.', 'Dylann Quarrel', 'Dylann Quarrel', 'person'],
    // a lower-case part after a hyphen is part of the name unless it is an ordinary word ("London-based")
    ['Opposition leader Lee Jae-myung said the plan would fail.', 'Lee Jae-myung', 'Lee Jae-myung', 'person'],
    ['Prosecutors questioned Lee Sang-min and Kim.', 'Lee Sang-min', 'Lee Sang-min', 'person'],
    // a role's possessive before an organisation's head noun is inside the name
    [
      "Deputies from the Riverside County Sheriff's Department arrived.",
      "Riverside County Sheriff's Department",
      "Riverside County Sheriff's Department",
      'organization',
    ],
    [
      "Obama's aides and the Prime Minister's Office agreed.",
      "Prime Minister's Office",
      "Prime Minister's Office",
      'organization',
    ],
    // a surname opening a sentence is the person the article named, whatever the tagger guessed
    [
      'Press secretary Stephanie Grisham said the trip was routine. That is the problem. Grisham, by her own account, has given statements.',
      'Grisham',
      'Stephanie Grisham',
      'person',
    ],
    ['LISBON (Reuters) - The port reopened on Monday.', 'LISBON', 'LISBON', 'place'],
    // a name read as a person's only from its shape, closed by an adjective or a plural, is a body's
    ['Take-Two Interactive said sales fell.', 'Take-Two Interactive', 'Take-Two Interactive', 'organization'],
    [
      'Kotak Institutional Equities said growth was slow.',
      'Kotak Institutional Equities',
      'Kotak Institutional Equities',
      'organization',
    ],
    ['Pramila Jayapal said it.', 'Pramila Jayapal', 'Pramila Jayapal', 'person'],
    ['C. Boyden Gray said it.', 'C. Boyden Gray', 'C. Boyden Gray', 'person'],
    // an apposition naming an occupation describes a person, whatever the name's words suggest
    ['Lewis Ward, research director of gaming at IDC, sees Stadia as a gamble.', 'Lewis Ward', 'Lewis Ward', 'person'],
    [
      'The campaign did not appeal to Julie Graham, Washington State Department of Health public information officer, she said.',
      'Julie Graham',
      'Julie Graham',
      'person',
    ],
    [
      'The World Travel and Tourism Council said visits fell.',
      'World Travel and Tourism Council',
      'World Travel and Tourism Council',
      'organization',
    ],
    ['It was similar to Egypt’s ruling party.', 'Egypt', 'Egypt', 'place'],
    ['Hillary Clinton spoke in Ohio. Later, Hillary thanked the crowd.', 'Hillary', 'Hillary Clinton', 'person'],
    ['Senator Ada Brook of Vermont spoke first.', 'Ada Brook', 'Ada Brook', 'person'],
    ['Senator Ada Brook of Vermont spoke first.', 'Vermont', 'Vermont', 'place'],
    ['The Bank of England raised rates.', 'Bank of England', 'Bank of England', 'organization'],
    // "and" between two names that each stand alone
    ['Staff of the Bureau of Land Management and Nevada met.', 'Nevada', 'Nevada', 'place'],
    [
      'The Bureau of Fisheries and Coastal Research issued a report.',
      'Bureau of Fisheries and Coastal Research',
      'Bureau of Fisheries and Coastal Research',
      'organization',
    ],
    [
      'Firms such as Halvorsen, Brightwater and others cut jobs. Halvorsen and Brightwater Media will merge.',
      'Brightwater Media',
      'Brightwater Media',
      'organization',
    ],
    // titles: a compound title, a title after a body's head noun, a title's complement before the name
    ['On Monday, Attorney-General Rowan Tilly said so.', 'Rowan Tilly', 'Rowan Tilly', 'person'],
    ['On Monday, Harbor Transit Police Chief Dana Orrin spoke.', 'Dana Orrin', 'Dana Orrin', 'person'],
    ['On Monday, Morton County Sheriff Kyle Kirch spoke.', 'Kyle Kirch', 'Kyle Kirch', 'person'],
    ['The tactics recalled those of Ferguson police officer Dan Wills in 2014.', 'Ferguson', 'Ferguson', 'place'],
    ['Three children died in ZBP custody last year.', 'ZBP', 'ZBP', 'organization'],
    ['On Monday, Morton County Sheriff Kyle Kirch spoke.', 'Morton County', 'Morton County', 'place'],
    ['Deputy Director of Public Prosecution Lena Varga took the decision.', 'Lena Varga', 'Lena Varga', 'person'],
    // a place's newspaper, and the newspaper named again by its head noun
    ['A reporter at the Denver Sentinel wrote it.', 'Denver Sentinel', 'Denver Sentinel', 'organization'],
    [
      'The Boston Ledger says the mayor left. The Ledger says he will return.',
      'Ledger',
      'Boston Ledger',
      'organization',
    ],
    ['Two senators, Sens. Ada Brook and Tom Vale, objected.', 'Ada Brook', 'Ada Brook', 'person'],
    ['Julian Vesk faces charges. Vesk denies them. There was no comment from Vesk.', 'Vesk', 'Julian Vesk', 'person'],
    // a company's head noun; a name before "-based" is a place
    ['Sales fell, according to Pellam Research, a consultancy.', 'Pellam Research', 'Pellam Research', 'organization'],
    ['The Tarvin Bay-based lab reported it.', 'Tarvin Bay', 'Tarvin Bay', 'place'],
    ['Data came from the Oster Falls-based Center for Roads.', 'Oster Falls', 'Oster Falls', 'place'],
    // a party's member after a place: the place and the party
    ['A New Jersey Republican objected at once.', 'New Jersey', 'New Jersey', 'place'],
    ['Two Iowa Democrats objected at once.', 'Democrats', 'Democratic Party', 'organization'],
    ['The Iowa Republican Party met in May.', 'Iowa Republican Party', 'Iowa Republican Party', 'organization'],
    // one person, however the article names them again
    [
      'Mara Red Crane spoke at dawn. Later Red Crane said the camp would stay.',
      'Red Crane',
      'Mara Red Crane',
      'person',
    ],
    ['Tobin Hale-Moreno, a lawyer, spoke. Hale-Moreno said more.', 'Hale-Moreno', 'Tobin Hale-Moreno', 'person'],
    ['Harold T. Quill Jr. filed the case. Quill said it was urgent.', 'Quill', 'Harold T. Quill Jr.', 'person'],
    [
      'Pat Merriwether said it first. Patrick Merriwether, 41, runs a shop.',
      'Pat Merriwether',
      'Patrick Merriwether',
      'person',
    ],
    [
      'Shoppers at Brindle Goods Market paid less. Prices at Brindle Goods fell again.',
      'Brindle Goods',
      'Brindle Goods Market',
      'place',
    ],
    // a month or a modal the parse reads as a person's, after a given name, is the surname
    [
      'British Prime Minister Theresa May said this week that Britain would leave.',
      'Theresa May',
      'Theresa May',
      'person',
    ],
    ['The columnist George Will wrote that the race was over.', 'George Will', 'George Will', 'person'],
    // a noun before the name says what it names
    [
      'The Italian newspaper Corva Stampa reported that the pope was angry.',
      'Corva Stampa',
      'Corva Stampa',
      'organization',
    ],
    [
      'A television ad from the voter group Mi Familia Vota aired.',
      'Mi Familia Vota',
      'Mi Familia Vota',
      'organization',
    ],
    ['The Doobies worked with producer John Shanks on five songs.', 'John Shanks', 'John Shanks', 'person'],
  ])('%s -> %s', (text, mention, name, kind) => {
    const actor = byMention(actorsOf(text), mention);
    expect(actor?.name).toBe(name);
    expect(actor?.kind).toBe(kind);
  });

  test('one entity for every form of a name', () => {
    const text = 'Karoline Leavitt spoke on Wednesday. Leavitt said talks went on. “We are working,” Leavitt said.';
    const leavitt = actorsOf(text).filter((a) => a.name.includes('Leavitt'));
    expect(leavitt).toHaveLength(1);
    expect(leavitt[0]!.mentions.map((m) => m.text)).toEqual(['Karoline Leavitt', 'Leavitt', 'Leavitt']);
  });

  test('a surname that is also a common word is the person the article named', () => {
    const text =
      'The deal was announced by Michael Reed on Monday. The plan, as Reed put it, is growth. Reed, who runs the firm, said more.';
    const reed = actorsOf(text).filter((a) => a.name.includes('Reed'));
    expect(reed).toHaveLength(1);
    expect(reed[0]!.mentions.map((m) => m.text)).toEqual(['Michael Reed', 'Reed', 'Reed']);
  });

  test.each([
    ['Kate York wrote the song. “It was hard,” York said.', 'Kate York', 'York'],
    ['Tom Stafford led the panel. Stafford said the rocket was too big.', 'Tom Stafford', 'Stafford'],
  ])('a surname the lexicon knows as a place is still the person the article named: %s', (text, full, short) => {
    const actors = actorsOf(text);
    expect(byMention(actors, full)).toMatchObject({ kind: 'person' });
    expect(byMention(actors, full)?.mentions.map((m) => m.text)).toContain(short);
    expect(actors.filter((x) => x.mentions.some((m) => m.text === short))).toHaveLength(1);
  });

  test.each([
    ['In a new report in BMJ Case Reports, the 43-year-old man had suffered months of dizziness.', 'BMJ Case Reports'],
    ['The plan cuts Medicare, Medicaid and caretakers in 2050.', 'Medicare'],
    ['He lives in Connecticut, home of National Review editor William F. Buckley.', 'Connecticut'],
  ])('no occupation apposition makes a person of a clause, a list or an "of" phrase: %s', (text, name) => {
    expect(byMention(actorsOf(text), name)?.kind).not.toBe('person');
  });

  test.each([
    ['A Virginia voter said the race was close.', 'Virginia', 'place'],
    ['A Virginia Republican said the race was close.', 'Virginia', 'place'],
    ['A Kent County Democrat said the race was close.', 'Kent County', 'place'],
    ['Virginia Foxx said the race was close.', 'Virginia Foxx', 'person'],
  ])('a state that is also a given name, and a party member after a place: %s', (text, name, kind) => {
    const actors = actorsOf(text);
    expect(byMention(actors, name)?.kind).toBe(kind);
    expect(actors.some((a) => /(?:Republican|Democrat)$/.test(a.name))).toBe(false);
  });

  test('a possessive is one mention of the name, without the "s"', () => {
    const actors = actorsOf("Netanyahu’s office said Netanyahu's aides agreed.");
    expect(actors).toHaveLength(1);
    expect(actors[0]!.mentions.map((m) => m.text)).toEqual(['Netanyahu', 'Netanyahu']);
  });
});

describe('short forms (actor.short-form)', () => {
  test.each([
    // [text, full name mention, short mention]
    [
      'Staff at the Department of Agriculture were told to wait. A DOA spokeswoman declined to comment.',
      'Department of Agriculture',
      'DOA',
    ],
    [
      'The Ruritanian Fisheries Board met in May. Critics say the RFB moved too slowly.',
      'Ruritanian Fisheries Board',
      'RFB',
    ],
    [
      'The Montana Public Service Commission held a hearing. Advocates urged the PSC to act.',
      'Montana Public Service Commission',
      'PSC',
    ],
    [
      'Letters went to the Department of Transportation. The Transportation Department did not reply.',
      'Department of Transportation',
      'Transportation Department',
    ],
    ['He grew up in Minnesota. He now lives in Duluth, Minn., with his wife.', 'Minnesota', 'Minn'],
  ])('%s', (text, full, short) => {
    const actors = actorsOf(text);
    const a = byMention(actors, full);
    expect(a?.mentions.map((m) => m.text)).toContain(short);
    expect(actors.filter((x) => x.mentions.some((m) => m.text === short))).toHaveLength(1);
  });

  test('initials that fit no full name stay apart', () => {
    const actors = actorsOf('The Ruritanian Fisheries Board met in May. Critics say the RFX moved too slowly.');
    expect(byMention(actors, 'Ruritanian Fisheries Board')?.mentions.map((m) => m.text)).not.toContain('RFX');
  });
});

describe('does not match', () => {
  test.each([
    // [text, a string that must not be an actor's mention]
    ['“Well, I’m not leaving,” Dana Orrin said.', 'I’m'],
    ['Two senators, Sens. Ada Brook and Tom Vale, objected.', 'Sens'],
    ['Dialogue is good. Under the terms of the deal, prisoners walk free.', 'Dialogue'],
    ['Dialogue is good. Under the terms of the deal, prisoners walk free.', 'Under'],
    ['The deal went into effect on 19 January.', 'January'],
    ['The deal went into effect on Wednesday.', 'Wednesday'],
    ['The President spoke to the nation.', 'President'],
    // in a line set in capitals, a question word or a verb is that word, not an acronym
    ['WHO IS THE FRONT-RUNNER?\nWarren was under attack last month.', 'WHO'],
    ['LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR', 'IS'],
    // a quotation of nothing but a capitalised name is a title
    ['Ford wrote a poem called “Winter Solstice, Camelot Station” that won an award.', 'Winter Solstice'],
    ['Trump once appeared on “Shark Tank” with his sons.', 'Shark Tank'],
    // a title's portfolio is no actor
    ['The Secretary of Defense said the troops would stay.', 'Defense'],
    ['The Minister for Foreign Affairs said so.', 'Foreign Affairs'],
    ['Covid-19 cases rose again in the winter.', 'Covid-19'],
    ['They met in Doha.', 'Doha.'],
    ['Crowds gathered for Bastille Day in the city.', 'Bastille Day'],
    ['Authorities said the search would widen.', 'Authorities'],
    ['The USS Carl Vinson sailed at dawn.', 'USS Carl Vinson'],
    ['Credit Maria Lopez/Reuters', 'Credit Maria Lopez'],
    ['5) Can Sanders take a punch? He can.', 'Can Sanders'],
    ['JAKARTA Tue Dec 30, 2014 9:21am IST', 'JAKARTA Tue Dec'],
    ['Read the Full Article here: the article is long.', 'Full Article'],
    ['Anti-Trump protesters marched.', 'Anti-Trump'],
    ['Few arrivals reached the U.S. Initially, the program was small.', 'U.S. Initially'],
    ['Rep. Ada Brook (D-Calif.) voted no.', 'D-Calif'],
    ['Donald Trump Is Winning', 'Donald Trump Is'],
    ['Who knows? Is it over?', 'Who'],
    ['Austria called itself the first victim of National Socialism.', 'National Socialism'],
    ['The agency issued an Emergency Use Authorization for the test.', 'Emergency Use Authorization'],
    ['Who knows? Is it over?', 'Is'],
    // an ampersand between ordinary words (a page section), or before a second person, joins no name
    ['More in Food & Drink: the best soups.', 'Food & Drink'],
    ['The hosts, Jim & Sarah Brady, arrived late.', 'Jim & Sarah Brady'],
    ['Talks with Dana Ortiz & Sen. Lee Park ended.', 'Dana Ortiz & Sen. Lee Park'],
    // a head noun opening a sentence is no name, even when a name elsewhere ends with it
    ['River town weighs a barrier along the Severn River.', 'River'],
    ['Agency staff met the Environment Agency chief.', 'Agency'],
    // a work or an event is no actor
    ['He appeared on the show Squawk Bix on Monday.', 'Squawk Bix'],
    ['The Shangri-La Dialogue is held every year in Singapore.', 'Shangri-La Dialogue'],
    ['He lost in the Davis Cup Finals last year.', 'Davis Cup Finals'],
    // a name nothing vouches for and that opens with no given name: a product's, a firm's, a programme's
    ['The Echo Dot went on sale on Friday.', 'Echo Dot'],
    ['He praised the Liquid Retina display.', 'Liquid Retina'],
    ['Applicants to Deferred Action waited for months.', 'Deferred Action'],
  ])('%s -/-> %s', (text, notMention) => {
    const actors = actorsOf(text);
    expect(actors.flatMap((a) => a.mentions.map((m) => m.text))).not.toContain(notMention);
  });

  test('a name nothing else vouches for stays when it opens with a given name of the name lists', () => {
    expect(byMention(actorsOf('The case was filed by Dawn Addiego on Friday.'), 'Dawn Addiego')?.kind).toBe('person');
  });

  test('a lone word the lexicon knows as a body is the person the article named with it as surname', () => {
    const actors = actorsOf(
      'Michael Bloomberg entered the race on Sunday. Bloomberg said he would spend his own money. Bloomberg News reported it.',
    );
    expect(byMention(actors, 'Bloomberg')).toMatchObject({ name: 'Michael Bloomberg', kind: 'person' });
    expect(byMention(actors, 'Bloomberg News')?.kind).toBe('organization');
  });

  test("a title's complement of three words or more may hold a name the lists miss", () => {
    const actors = actorsOf('Former Speaker of the House Newt Gingrich said it was good. Gingrich spoke later.');
    expect(byMention(actors, 'Gingrich')?.kind).toBe('person');
  });

  test('no actor is only a title', () => {
    const actors = actorsOf('Mr. spoke. The Prime Minister said nothing. Dr. was away.');
    expect(actors.map((a) => a.name)).toEqual([]);
  });

  test.each([[''], ['   '], ['\u0000\u0001'], ['((((('], ['A'.repeat(5000)], ["'s 's ’s"], ['U.S.'], ['al- bin van']])(
    'never throws on %j',
    (text) => {
      expect(() => actorsOf(text)).not.toThrow();
    },
  );
});
