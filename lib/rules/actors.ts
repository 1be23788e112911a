// Actor rules (lib/actors.ts resolveKind): which rule decided an actor's kind; each actor carries the id.
import type { Rule } from './rule.ts';

export const ACTOR_RULES: Rule[] = [
  {
    id: 'actor.lexicon',
    stage: 'actor',
    matches: 'a name in the news lexicon (outlets, agencies, bodies, armed groups, places)',
    why: 'a known name needs no guessing',
    fires: ['Reuters reported the deal on Monday.'],
    never: [],
  },
  {
    id: 'actor.title',
    stage: 'actor',
    matches: 'a name after a title ("Sen.", "President", "Dr.")',
    why: 'a title makes a person',
    fires: ['Sen. Amy Klobuchar spoke first.'],
    never: [],
  },
  {
    id: 'actor.name-shape',
    stage: 'actor',
    matches: 'a head noun in the name ("… Ministry", "… University", "… Party")',
    why: 'the head noun says what kind of body it is',
    fires: ['The Ruritanian Ministry of Fisheries issued new rules.'],
    never: [],
  },
  {
    id: 'actor.context-votes',
    stage: 'actor',
    matches: 'the words around the mentions vote (a verb of speech for a person, "in X" for a place)',
    why: 'an unknown name takes the kind its contexts agree on',
    fires: ['Jane Smith arrived in town on Monday.'],
    never: [],
  },
  {
    id: 'actor.default-person',
    stage: 'actor',
    matches:
      'a multi-word capitalised name no other rule decided, opening with a given name (compromise\'s or the name lists\': "Dawn Addiego")',
    why: 'in news text an unexplained name that opens with a given name is most often a person; without one it is a product\'s, a firm\'s or a title\'s as often ("Echo Dot", "Fusion GPS", "Deferred Action") and is left out',
    // invented surnames no tag, lexicon or neighbouring word speaks for; ", who" is a context vote
    fires: ['We watched Raven Zarnoth on the big screen.'],
    never: ['We watched Raven Zarnoth, who sang twice.', 'We watched Blue Zarnoth on the big screen.'],
  },
  {
    id: 'actor.abstract-head',
    stage: 'actor',
    matches: 'a name that would be a person but ends in an abstract noun ("National Socialism", "Islamic Extremism")',
    why: 'an idea, a state or an act is no person; with no context for a body or a place, it is no actor',
    fires: ['Austria called itself the first victim of National Socialism.'],
    never: ['Austria called itself the first victim of Nolan Socialt.'],
  },
  {
    id: 'actor.work',
    stage: 'actor',
    matches:
      'a name written after a noun that makes it a work or a medium ("the show Squawk Bix", "the book Fire and Fury", "the hashtag Zarnex")',
    why: 'a show, a book or a song is no person, body or place; its name is dropped, not guessed a person',
    fires: ['He appeared on the show Squawk Bix on Monday.', 'She wrote the book Tolby Vask in 2014.'],
    never: ['He appeared with Squawk Bix on Monday.', 'She wrote the book Hillary Clinton praised.'],
  },
  {
    id: 'actor.short-form',
    stage: 'actor',
    matches:
      'initials in capitals, a head noun written first or a word clipped before a dot that shortens a name the article writes in full ("DOE", "Energy Department" for "Department of Energy"; "Calif." for "California")',
    why: 'a short form names the same body or place as its full name, and has its kind',
    fires: ['The Ruritanian Fisheries Board met in May. Critics say the RFB moved too slowly.'],
    never: ['The Ruritanian Fisheries Board met in May. Critics say the RFX moved too slowly.'],
  },
  {
    id: 'actor.dateline',
    stage: 'actor',
    matches: 'a name in capitals opening a line before an agency credit or a dash ("SAN FRANCISCO (AP) —")',
    why: 'a dateline names the place the story was filed from; its words are one name, short or long',
    fires: ['NORTH ZARNOTH (AP) — Power was cut on Wednesday.'],
    never: ['North Zarnoth said on Wednesday that power was cut.'],
  },
  {
    id: 'actor.apposition',
    stage: 'actor',
    matches:
      'a name followed by ", a/the …" whose head noun is a kind of place or body ("Nolby, a village north of …", "Zarnex, a Tulsa-based provider of …")',
    why: "the article's own noun for the name says what it is",
    fires: ['Pat Kell, 55, of Nolby, a village north of the lake, was charged.'],
    never: ['Pat Kell, 55, of Nolby, a village elder, was charged.'],
  },
  {
    id: 'actor.acronym',
    stage: 'actor',
    matches: 'two to four capitals that no lexicon knows as a place ("BART", "CBP"), whatever the tagger or "in" says',
    why: 'initials name a body; a person is named by name, and a place only by the initials the lexicon knows ("UK")',
    fires: ['Trains stopped after the attack, and ZTRA police boarded the train at the next stop.'],
    never: ['Trains stopped in the UK after the attack.'],
  },
  {
    id: 'actor.which',
    stage: 'actor',
    matches: 'a name that would be a person but is followed by ", which" ("Zarnoth Edvo, which maintains the lines")',
    why: 'the article refers to a person by "who"; a name it refers to by "which" is a body, or a place if its contexts say so',
    fires: ['Zarnoth Edvo, which maintains the lines, said repairs would take days.'],
    never: ['Zarnoth Edvo, who maintains the lines, said repairs would take days.'],
  },
  {
    id: 'actor.state-name',
    stage: 'actor',
    matches: 'a US state\'s name standing alone ("a Virginia voter"), also where it is a given name',
    why: 'compromise reads "Virginia" and "Georgia" as given names; without a surname they name the state',
    fires: ['A Virginia voter said the race was close.'],
    never: ['Virginia Foxx said the race was close.'],
  },
  {
    id: 'actor.in-region',
    stage: 'actor',
    matches:
      'a name followed by a comma and a state or country ("Tolby, N.J.", "Tolby, Calif.,", "Tolby, Texas, where")',
    why: 'a town is named with the region it lies in; a person is not',
    fires: ['The bomb was found near a train station in Zarnoth, N.J. on Monday.'],
    never: ['The bomb was found near a train station by Zarnoth, a guard.'],
  },
  {
    id: 'actor.body-noun',
    stage: 'actor',
    matches:
      'a name followed by a noun only a body has ("Zarnex shareholders", "Brenlo Vask stores", "Zarnex executives")',
    why: 'people and places have no shareholders or stores of their own; the name is a company or body',
    fires: ['Shoppers at Brenlo Vask stores paid less on Monday.'],
    never: ['Shoppers at Brenlo Vask paid less on Monday.'],
  },
  {
    id: 'actor.list',
    stage: 'actor',
    matches:
      'a name whose kind only votes decided, listed with two or more names of one firm kind ("the Ruritania Times, Tolby Herald and Zarnoth Vask")',
    why: 'the items of one list are of one sort',
    fires: ['He owned the Ruritania Times, the Tolby Herald and Zarnoth Vask until May.'],
    never: ['He owned the Ruritania Times and the Tolby Herald. Zarnoth Vask sold them in May.'],
  },
];
