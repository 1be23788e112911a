// Test helpers for the popup: a fake PopupClient (no browser), a hand-made analysis of a short article
// in the style of the reference article, and renderPopup(props), the one way tests render the popup.
import { render } from '@testing-library/preact';
import { vi } from 'vitest';
import { Popup, type PopupProps } from '@/components/popup';
import type { PopupClient, SiteAccess, TabInfo } from '@/components/popup-client';
import type { PageState, PopupRequest } from '@/lib/messages';
import type { Analysis, Span } from '@/lib/types';

export const TEXT = [
  'White House holds direct talks with Hamas',
  'Karoline Leavitt, the White House press secretary, said on Wednesday that officials had held “ongoing talks and discussions” with Hamas officials.',
  '“Several communications took place between Hamas and various American communication channels, the latest being with a US envoy and discussed the issue of Israeli prisoners who hold American citizenship, both the living and the deceased,” a Hamas official told AFP.',
  'Leavitt told reporters that Israel had been consulted on the talks.',
  '“Dialogue is what he believes is good-faith effort,” Leavitt said.',
  'Israel said it had conveyed its position on direct talks with Hamas.',
  'Five Americans are believed to still be held by Hamas, a US official said.',
  'Hamas denied that any prisoners had been moved.',
].join('\n');

/** The span of the n-th occurrence of `needle` in TEXT. */
export function span(needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not in TEXT: ${needle}`);
  return { start: at, end: at + needle.length, text: needle };
}

const LONG_QUOTE =
  'Several communications took place between Hamas and various American communication channels, the latest being with a US envoy and discussed the issue of Israeli prisoners who hold American citizenship, both the living and the deceased,';

export function sampleAnalysis(): Analysis {
  return {
    text: TEXT,
    actors: [
      {
        name: 'Karoline Leavitt',
        kind: 'person',
        mentions: [span('Karoline Leavitt'), span('Leavitt', 1), span('Leavitt', 2)],
      },
      { name: 'White House', kind: 'organization', mentions: [span('White House'), span('White House', 1)] },
      { name: 'Hamas', kind: 'organization', mentions: [span('Hamas'), span('Hamas', 1), span('Hamas', 6)] },
      { name: 'AFP', kind: 'organization', mentions: [span('AFP')] },
      { name: 'Israel', kind: 'place', mentions: [span('Israel', 1), span('Israel', 2)] },
    ],
    figures: [span('Five')].map((s) => ({ kind: 'count' as const, span: s })),
    sourcing: [span('said'), span('told AFP'), span('told reporters')].map((s) => ({ kind: 'cue' as const, span: s })),
    attributions: [
      {
        speaker: 'Karoline Leavitt',
        anonymous: false,
        direct: false,
        content: span('officials had held “ongoing talks and discussions” with Hamas officials'),
      },
      { speaker: 'a Hamas official', anonymous: true, direct: true, cue: span('told AFP'), content: span(LONG_QUOTE) },
      {
        speaker: 'Karoline Leavitt',
        anonymous: false,
        direct: false,
        cue: span('told reporters'),
        content: span('Israel had been consulted on the talks'),
      },
      {
        speaker: 'Karoline Leavitt',
        anonymous: false,
        direct: true,
        content: span('Dialogue is what he believes is good-faith effort,'),
      },
      {
        speaker: 'Israel',
        anonymous: false,
        direct: false,
        content: span('it had conveyed its position on direct talks with Hamas'),
      },
    ],
    claims: [
      {
        span: span('Five Americans are believed to still be held by Hamas'),
        reasons: [
          { kind: 'hedge', cue: span('believed to') },
          { kind: 'anonymous-source', cue: span('a US official') },
        ],
      },
      { span: span('any prisoners had been moved'), reasons: [{ kind: 'disputed' }] },
    ],
    dropped: 0,
  };
}

export const ARTICLE_URL = 'https://www.theguardian.com/world/2025/mar/05/white-house-hamas-talks';

export function readyState(analysis: Analysis = sampleAnalysis()): PageState {
  return { status: 'ready', title: 'White House holds direct talks with Hamas', site: 'www.theguardian.com', analysis };
}

export interface FakeClientOptions {
  tab?: TabInfo | null;
  /** The content script's replies to get-state, in order (the last one repeats); an Error means no answer. */
  states?: (PageState | Error)[];
  /** The reply to annotate-anyway. */
  annotateReply?: PageState;
  /** What the reader allows (default: every site). */
  access?: SiteAccess;
  /** Whether running the content script in the tab is allowed (a toolbar click's activeTab grant). */
  injectAllowed?: boolean;
  /** The reader's answer to the access prompt. */
  grant?: boolean;
}

/** A PopupClient that records what the popup sends and answers from a script. */
export function fakeClient({
  tab = {
    id: 7,
    url: ARTICLE_URL,
    title: 'White House holds direct talks with Hamas – The Guardian',
    status: 'complete',
  },
  states = [readyState()],
  annotateReply,
  access = { allSites: true, thisSite: true },
  injectAllowed = false,
  grant = false,
}: FakeClientOptions = {}) {
  const sent: PopupRequest[] = [];
  let i = 0;
  let granted = false;
  const client = {
    tab: vi.fn(async () => tab),
    send: vi.fn(async (request: PopupRequest): Promise<unknown> => {
      sent.push(request);
      if (request.type === 'sourcelight/get-state') {
        const reply = states[Math.min(i++, states.length - 1)];
        if (reply instanceof Error) throw reply;
        return reply;
      }
      if (request.type === 'sourcelight/annotate-anyway') return annotateReply;
      return undefined;
    }),
    reload: vi.fn(async () => {}),
    siteAccess: vi.fn(async (): Promise<SiteAccess> => access),
    inject: vi.fn(async () => {
      if (!injectAllowed && !granted) throw new Error('Missing host permission for the tab');
    }),
    requestAccess: vi.fn(async (_url: string | undefined) => {
      granted = grant;
      return grant;
    }),
    copyText: vi.fn(async (_text: string) => {}),
    saveFile: vi.fn((_name: string, _text: string, _type: string) => {}),
  } satisfies PopupClient;
  return { client, sent };
}

/** Render the popup; defaults: a ready article page, the real settings store on fakeBrowser, fast polling. */
export function renderPopup(props: Partial<PopupProps> = {}) {
  const fake = fakeClient();
  const client = props.client ?? fake.client;
  const utils = render(<Popup pollMs={5} {...props} client={client} />);
  return { ...utils, client, sent: fake.sent };
}
