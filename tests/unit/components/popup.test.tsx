// @vitest-environment happy-dom
// The popup through its components: every state, who said what (grouping, order, anonymous marking,
// expand), unconfirmed claims, reveal messages, switches writing the settings store, copy and export.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { asPageState, clipboardCopy, downloadFile, restrictedReason, siteOf } from '@/components/popup-client';
import { CATEGORIES } from '@/lib/categories';
import { loadSettings, updateSettings } from '@/lib/settings-store';
import { ARTICLE_URL, fakeClient, readyState, renderPopup, sampleAnalysis, span } from './render-popup';

beforeEach(() => {
  fakeBrowser.reset();
});

const speakers = () =>
  within(screen.getByRole('list', { name: 'Who said what' })).getAllByRole('heading', { level: 3 });

describe('ready: header, counts, who said what', () => {
  it('shows the title, the site and what was found', async () => {
    renderPopup();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'White House holds direct talks with Hamas' }),
    ).toBeTruthy();
    expect(within(screen.getByRole('banner')).getByText('www.theguardian.com')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sourcing: 5 statements' })).toBeTruthy();
  });

  it('shows a switch per category with its count, derived from the registry', async () => {
    renderPopup();
    await screen.findByRole('heading', { name: 'Who said what' });
    const switches = within(screen.getByRole('list', { name: 'Highlights' })).getAllByRole('switch');
    expect(switches.map((s) => s.closest('label')?.textContent)).toEqual([
      'People3',
      'Organisations6',
      'Places2',
      'Figures1',
      'Sourcing3',
      'Unconfirmed claims2',
      'Every mention and figure',
    ]);
    // the label is drawn in the category's highlight style, from the registry
    CATEGORIES.forEach((c, i) => {
      const swatch = switches[i]!.closest('label')!.querySelector<HTMLElement>('.swatch')!;
      expect(swatch.textContent).toBe(c.label);
      expect(swatch.style.textDecorationStyle).toBe(c.underlineStyle);
      expect(swatch.style.textDecorationColor).toBe(c.underline);
      expect(swatch.getAttribute('style')).toContain(`background: ${c.background}`);
    });
  });

  it('groups statements by speaker, most statements first, anonymous sources marked', async () => {
    renderPopup();
    await screen.findByRole('heading', { name: 'Who said what' });
    expect(speakers().map((h) => h.textContent)).toEqual([
      'Karoline Leavitt',
      'a Hamas official (anonymous)',
      'Israel',
    ]);
    expect(screen.getByText('White House press secretary')).toBeTruthy();
    expect(screen.getByText('place')).toBeTruthy();
    const leavitt = screen.getByRole('list', { name: 'Statements by Karoline Leavitt' });
    const items = within(leavitt).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    // text order within a speaker; each marked quoted or reported
    expect(items.map((li) => li.querySelector('.mark')?.textContent)).toEqual(['Reported: ', 'Reported: ', 'Quoted: ']);
    expect(items[2]?.textContent).toContain('“Dialogue is what he believes is good-faith effort,”');
  });

  it('marks a denial and a refusal as such, never as a statement made', async () => {
    const analysis = sampleAnalysis();
    analysis.attributions.push(
      {
        speaker: 'Hamas',
        anonymous: false,
        direct: false,
        act: 'deny',
        cue: span('denied'),
        content: span('any prisoners had been moved'),
      },
      {
        speaker: 'Israel',
        anonymous: false,
        direct: false,
        act: 'decline',
        negated: true,
        cue: span('conveyed'),
        content: span('its position on direct talks with Hamas'),
      },
    );
    renderPopup({ client: fakeClient({ states: [readyState(analysis)] }).client });
    const hamas = await screen.findByRole('list', { name: 'Statements by Hamas' });
    const mark = within(hamas).getByText('Denied');
    expect(mark.className).toContain('mark-denied');
    const israel = screen.getByRole('list', { name: 'Statements by Israel' });
    expect(within(israel).getByText('Conveyed').className).toContain('mark-declined');
    expect(within(israel).queryByText('Reported')).toBeTruthy(); // its own statement stays reported
  });

  it('shortens long statements and expands them on request', async () => {
    renderPopup();
    const more = await screen.findByRole('button', { name: 'Show more' });
    const quote = sampleAnalysis().attributions[1]!.content.text;
    const said = document.getElementById(more.getAttribute('aria-controls')!)!;
    expect(said.textContent).toMatch(/…”$/);
    expect(said.textContent!.length).toBeLessThan(quote.length);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.textContent).toBe('Show less');
    expect(said.textContent).toBe(`“${quote}”`);
  });

  it('shows a prolific speaker’s first statements, the rest on request', async () => {
    const analysis = sampleAnalysis();
    const extra = ['Hamas denied', 'Israel said it had conveyed', 'Five Americans are believed'].map((t) => ({
      speaker: 'Karoline Leavitt',
      anonymous: false,
      direct: false,
      content: span(t),
    }));
    analysis.attributions.push(...extra); // 6 statements by Leavitt
    renderPopup({ client: fakeClient({ states: [readyState(analysis)] }).client });
    const list = await screen.findByRole('list', { name: 'Statements by Karoline Leavitt' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    const more = screen.getByRole('button', { name: 'Show 3 more statements' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(within(list).getAllByRole('listitem')).toHaveLength(6);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.textContent).toBe('Show fewer statements');
    // the speaker heading still counts them all
    expect(screen.getByText('6 statements, 1 quoted')).toBeTruthy();
  });

  it('reveals a statement in the page when clicked', async () => {
    const { client, sent } = fakeClient();
    renderPopup({ client });
    fireEvent.click(await screen.findByRole('button', { name: /Israel had been consulted on the talks/ }));
    const target = span('Israel had been consulted on the talks');
    await waitFor(() =>
      expect(sent).toContainEqual({ type: 'sourcelight/reveal', start: target.start, end: target.end }),
    );
  });

  it('lists unconfirmed claims with their reasons, and reveals them', async () => {
    const { client, sent } = fakeClient();
    renderPopup({ client });
    const list = await screen.findByRole('list', { name: 'Unconfirmed claims' });
    const claims = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('claim'));
    expect(claims).toHaveLength(2);
    const reasons = (li: HTMLElement) =>
      within(within(li).getByRole('list', { name: 'Why it is unconfirmed' }))
        .getAllByRole('listitem')
        .map((r) => r.textContent);
    expect(reasons(claims[0]!)).toEqual(["hedged: 'believed to'", "anonymous source: 'a US official'"]);
    expect(reasons(claims[1]!)).toEqual(['disputed']);
    fireEvent.click(within(claims[1]!).getByRole('button', { name: /any prisoners had been moved/ }));
    const target = span('any prisoners had been moved');
    await waitFor(() =>
      expect(sent).toContainEqual({ type: 'sourcelight/reveal', start: target.start, end: target.end }),
    );
  });

  it('says so when nobody is quoted and nothing is unconfirmed', async () => {
    const analysis = { ...sampleAnalysis(), attributions: [], claims: [] };
    renderPopup({ client: fakeClient({ states: [readyState(analysis)] }).client });
    expect(await screen.findByText('No attributed statements found.')).toBeTruthy();
    expect(screen.getByText('No unconfirmed claims found.')).toBeTruthy();
  });
});

describe('switches write the settings store', () => {
  it('turns a category off and on, and remembers it', async () => {
    const { unmount } = renderPopup();
    const people = await screen.findByRole('switch', { name: /People/ });
    await waitFor(() => expect((people as HTMLInputElement).checked).toBe(true));
    fireEvent.click(people);
    await waitFor(async () => expect((await loadSettings()).categories.person).toBe(false));
    expect((await loadSettings()).categories.claim).toBe(true);
    unmount();
    renderPopup();
    const again = (await screen.findByRole('switch', { name: /People/ })) as HTMLInputElement;
    await waitFor(() => expect(again.checked).toBe(false));
    fireEvent.click(again);
    await waitFor(async () => expect((await loadSettings()).categories.person).toBe(true));
  });

  it('follows changes made elsewhere (another popup, the options)', async () => {
    renderPopup();
    const figures = (await screen.findByRole('switch', { name: /Figures/ })) as HTMLInputElement;
    await updateSettings((s) => ({ ...s, categories: { ...s.categories, figure: false } }));
    await waitFor(() => expect(figures.checked).toBe(false));
  });

  it('switches the site off by hostname and back on', async () => {
    renderPopup();
    const site = await screen.findByRole('switch', { name: 'On www.theguardian.com' });
    fireEvent.click(site);
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['www.theguardian.com']));
    fireEvent.click(site);
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual([]));
  });

  it('pauses everywhere and asks the page for its state again', async () => {
    const { client, sent } = fakeClient();
    renderPopup({ client });
    const all = await screen.findByRole('switch', { name: 'On all sites' });
    const before = sent.filter((m) => m.type === 'sourcelight/get-state').length;
    fireEvent.click(all);
    await waitFor(async () => expect((await loadSettings()).paused).toBe(true));
    await waitFor(() => expect(sent.filter((m) => m.type === 'sourcelight/get-state').length).toBeGreaterThan(before));
  });
});

describe('states', () => {
  it('polls while analysing, with progress, until ready', async () => {
    const analysing = { status: 'analysing' as const, title: 'Long read', site: 'example.com', progress: 0.4 };
    const { client } = fakeClient({ states: [analysing, analysing, readyState()] });
    renderPopup({ client, pollMs: 30 });
    expect(await screen.findByRole('heading', { name: 'Reading the article…' })).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Analysis progress' });
    expect(bar.getAttribute('value')).toBe('0.4');
    expect(await screen.findByRole('heading', { name: 'Who said what' })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows the starting state and keeps asking', async () => {
    const { client } = fakeClient({
      states: [{ status: 'starting', title: '', site: 'example.com' }, readyState()],
    });
    renderPopup({ client, pollMs: 40 });
    expect(await screen.findByRole('heading', { name: 'Looking at the page…' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Who said what' })).toBeTruthy();
  });

  it('offers to annotate a page that is not an article, then polls', async () => {
    const notArticle = { status: 'not-article' as const, title: 'Home', site: 'example.com' };
    const { client, sent } = fakeClient({
      states: [notArticle, notArticle, { status: 'analysing', title: 'Home', site: 'example.com' }, readyState()],
    });
    renderPopup({ client, pollMs: 20 });
    expect(await screen.findByRole('heading', { name: 'This doesn’t look like an article' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annotate anyway' }));
    await waitFor(() => expect(sent).toContainEqual({ type: 'sourcelight/annotate-anyway' }));
    expect(await screen.findByRole('heading', { name: 'Who said what' })).toBeTruthy();
  });

  it('says when nothing was found', async () => {
    renderPopup({ client: fakeClient({ states: [{ status: 'empty', title: 'Menu', site: 'example.com' }] }).client });
    expect(await screen.findByRole('heading', { name: 'Nothing found' })).toBeTruthy();
  });

  it('shows an error the reader can act on, with a button that tries again without a reload', async () => {
    const { client, sent } = fakeClient({
      states: [{ status: 'error', title: 'Story', site: 'example.com', error: 'analysis timed out' }],
    });
    renderPopup({ client });
    expect(await screen.findByRole('heading', { name: 'Sourcelight couldn’t analyse this page' })).toBeTruthy();
    expect(screen.getByText(/tries again by itself/)).toBeTruthy();
    expect(screen.getByText('Details: analysis timed out')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(sent).toContainEqual({ type: 'sourcelight/annotate-anyway' }));
    expect(client.reload).not.toHaveBeenCalled();
  });

  it('explains a missing content script: reload the page', async () => {
    const { client } = fakeClient({
      states: [new Error('Could not establish connection. Receiving end does not exist.')],
    });
    renderPopup({ client });
    expect(await screen.findByRole('heading', { name: 'Reload the page' })).toBeTruthy();
    expect(screen.getByText(/installed or updated after this page loaded/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    await waitFor(() => expect(client.reload).toHaveBeenCalled());
  });

  describe('when the reader limited site access', () => {
    const noReceiver = new Error('Could not establish connection. Receiving end does not exist.');
    const limited = { allSites: false, thisSite: false };

    it('the toolbar click (activeTab) is enough: the popup runs the content script and shows the results', async () => {
      const { client } = fakeClient({ states: [noReceiver, readyState()], access: limited, injectAllowed: true });
      renderPopup({ client });
      expect(await screen.findByRole('heading', { name: 'Who said what' })).toBeTruthy();
      expect(client.inject).toHaveBeenCalledTimes(1);
      expect(client.requestAccess).not.toHaveBeenCalled();
      expect(client.reload).not.toHaveBeenCalled();
    });

    it('without that grant it says what is missing, never "reload", and one click allows the site', async () => {
      const { client } = fakeClient({ states: [noReceiver, noReceiver, readyState()], access: limited, grant: true });
      renderPopup({ client });
      expect(await screen.findByRole('heading', { name: 'Sourcelight may not read www.theguardian.com' })).toBeTruthy();
      expect(screen.getByText(/read only the sites you allow/)).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Reload the page' })).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Allow on www.theguardian.com' }));
      expect(await screen.findByRole('heading', { name: 'Who said what' })).toBeTruthy();
      expect(client.requestAccess).toHaveBeenCalledWith(ARTICLE_URL);
      // once, on opening; after the grant the background runs the content script (permissions.onAdded)
      expect(client.inject).toHaveBeenCalledTimes(1);
    });

    it('a refused prompt leaves the explanation in place', async () => {
      const { client } = fakeClient({ states: [noReceiver], access: limited, grant: false });
      renderPopup({ client });
      fireEvent.click(await screen.findByRole('button', { name: 'Allow on www.theguardian.com' }));
      await waitFor(() => expect(client.requestAccess).toHaveBeenCalled());
      expect(screen.getByRole('heading', { name: 'Sourcelight may not read www.theguardian.com' })).toBeTruthy();
      expect(client.inject).toHaveBeenCalledTimes(1);
    });

    it('after the grant it waits for the page (run for it, or reloaded in Chrome), never offering a reload', async () => {
      const states = [...Array(8).fill(noReceiver), readyState()];
      const { client } = fakeClient({ states, access: limited, grant: true });
      renderPopup({ client });
      fireEvent.click(await screen.findByRole('button', { name: 'Allow on www.theguardian.com' }));
      expect(await screen.findByRole('heading', { name: 'Who said what' })).toBeTruthy();
      expect(client.reload).not.toHaveBeenCalled();
    });

    it('a site allowed some other way while it is open (the extensions menu): it shows the page once annotated', async () => {
      const states = [...Array(5).fill(noReceiver), readyState()];
      const { client } = fakeClient({ states, access: limited });
      renderPopup({ client });
      expect(await screen.findByRole('heading', { name: 'Sourcelight may not read www.theguardian.com' })).toBeTruthy();
      expect(await screen.findByRole('heading', { name: 'Who said what' })).toBeTruthy();
      expect(screen.queryByRole('heading', { name: 'Reload the page' })).toBeNull();
    });

    it('a site the reader allowed is the ordinary case: nothing is injected', async () => {
      const { client } = fakeClient({ states: [noReceiver], access: { allSites: false, thisSite: true } });
      renderPopup({ client });
      expect(await screen.findByRole('heading', { name: 'Reload the page' })).toBeTruthy();
      expect(client.inject).not.toHaveBeenCalled();
    });
  });

  it('asks the tab when its address is hidden (no activeTab grant), and says what may be wrong', async () => {
    const hidden = fakeClient({ tab: { id: 4 }, states: [readyState()] });
    const { unmount } = renderPopup({ client: hidden.client });
    expect(await screen.findByRole('heading', { name: 'Who said what' })).toBeTruthy();
    expect(within(screen.getByRole('banner')).getByText('www.theguardian.com')).toBeTruthy();
    unmount();
    const { client } = fakeClient({ tab: { id: 4 }, states: [new Error('no receiver')] });
    renderPopup({ client });
    expect(await screen.findByRole('heading', { name: 'Sourcelight isn’t running on this page' })).toBeTruthy();
    expect(screen.getByText(/If this is a web page, reload it: Sourcelight was installed or updated/)).toBeTruthy();
    expect(screen.getByText('Browser pages and extension stores can’t be annotated.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    await waitFor(() => expect(client.reload).toHaveBeenCalled());
  });

  it('waits while the tab is still loading', async () => {
    const { client } = fakeClient({
      tab: { id: 3, url: 'https://example.com/story', status: 'loading' },
      states: [new Error('no receiver')],
    });
    renderPopup({ client });
    expect(await screen.findByRole('heading', { name: 'Waiting for the page to finish loading…' })).toBeTruthy();
  });

  test.each([
    ['chrome://extensions/', /browser page/],
    ['about:blank', /browser page/],
    ['edge://settings', /browser page/],
    ['https://chromewebstore.google.com/detail/abc', /Chrome Web Store/],
    ['https://addons.mozilla.org/en-US/firefox/', /Firefox Add-ons/],
    ['file:///home/me/story.html', /file on your computer/],
    ['https://example.com/report.pdf', /PDF/],
  ])('a page it may not touch: %s', async (url, reason) => {
    const { client, sent } = fakeClient({ tab: { id: 1, url, title: 'Extensions', status: 'complete' } });
    renderPopup({ client });
    expect(await screen.findByRole('heading', { name: 'Sourcelight can’t read this page' })).toBeTruthy();
    expect(screen.getByText(reason)).toBeTruthy();
    expect(sent).toEqual([]);
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('says when there is no tab at all', async () => {
    renderPopup({ client: fakeClient({ tab: null }).client });
    expect(await screen.findByRole('heading', { name: 'No page to read' })).toBeTruthy();
  });

  it('is never blank while connecting', () => {
    const { client } = fakeClient();
    client.tab.mockImplementation(() => new Promise(() => {}));
    renderPopup({ client });
    expect(screen.getByRole('heading', { name: 'Connecting to the page…' })).toBeTruthy();
  });

  it('explains a global pause and resumes', async () => {
    await updateSettings((s) => ({ ...s, paused: true }));
    const { client } = fakeClient({ states: [{ status: 'paused', title: 'Story', site: 'www.theguardian.com' }] });
    renderPopup({ client });
    expect(await screen.findByRole('heading', { name: 'Sourcelight is paused' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(async () => expect((await loadSettings()).paused).toBe(false));
  });

  it('explains a site switched off and turns it back on', async () => {
    await updateSettings((s) => ({ ...s, disabledSites: ['www.theguardian.com'] }));
    const { client } = fakeClient({ states: [{ status: 'paused', title: 'Story', site: 'www.theguardian.com' }] });
    renderPopup({ client });
    expect(await screen.findByRole('heading', { name: 'Sourcelight is off on www.theguardian.com' })).toBeTruthy();
    expect(((await screen.findByRole('switch', { name: 'On www.theguardian.com' })) as HTMLInputElement).checked).toBe(
      false,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for this site' }));
    await waitFor(async () => expect((await loadSettings()).disabledSites).toEqual([]));
  });

  it('ignores a malformed reply instead of crashing', async () => {
    const { client } = fakeClient({ states: [{ status: 'bogus' } as never] });
    renderPopup({ client });
    expect(await screen.findByRole('heading', { name: 'Reload the page' })).toBeTruthy();
  });
});

describe('take it away', () => {
  it('copies the summary as Markdown', async () => {
    const { client } = fakeClient();
    renderPopup({ client });
    fireEvent.click(await screen.findByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(client.copyText).toHaveBeenCalledTimes(1));
    const md = client.copyText.mock.calls[0]![0];
    expect(md).toMatch(/^# White House holds direct talks with Hamas\n\n<https:\/\/www\.theguardian\.com\/world/);
    // in the popup's order: the scorecard, the claims, who said what
    expect(md).toContain(
      '## Sourcing\n\n5 statements: 4 from named sources, 1 from unnamed sources; 2 quoted, 3 reported. 2 unconfirmed claims.\n',
    );
    expect(md.indexOf('## Unconfirmed claims')).toBeLessThan(md.indexOf('## Who said what'));
    expect(md).toContain(
      '### Karoline Leavitt — White House press secretary\n\n- officials had held “ongoing talks and discussions” with Hamas officials _(reported)_\n- Israel had been consulted on the talks _(reported)_',
    );
    expect(md).toContain('### a Hamas official (anonymous)');
    expect(md).toContain(
      "- Five Americans are believed to still be held by Hamas — hedged: 'believed to'; anonymous source: 'a US official'",
    );
    expect(await screen.findByText('Summary copied as Markdown.')).toBeTruthy();
  });

  it('says so when the clipboard refuses', async () => {
    const { client } = fakeClient();
    client.copyText.mockRejectedValue(new Error('denied'));
    renderPopup({ client });
    fireEvent.click(await screen.findByRole('button', { name: 'Copy summary' }));
    expect(await screen.findByText(/Couldn’t copy/)).toBeTruthy();
  });

  it('downloads the analysis as JSON in the analysis schema', async () => {
    const { client } = fakeClient();
    renderPopup({ client });
    fireEvent.click(await screen.findByRole('button', { name: 'Download JSON' }));
    expect(client.saveFile).toHaveBeenCalledTimes(1);
    const [name, text, type] = client.saveFile.mock.calls[0]!;
    expect(name).toBe('sourcelight-white-house-holds-direct-talks-with-hamas.json');
    expect(type).toBe('application/json');
    const doc = JSON.parse(text);
    expect(doc).toEqual({
      title: 'White House holds direct talks with Hamas',
      url: ARTICLE_URL,
      ...sampleAnalysis(),
    });
    for (const a of doc.attributions) expect(doc.text.slice(a.content.start, a.content.end)).toBe(a.content.text);
  });
});

describe('browser helpers', () => {
  it('downloads through a Blob and a temporary <a download>', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:sourcelight/1';
    });
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    downloadFile('a.json', '{"x":1}', 'application/json');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('a.json');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:sourcelight/1');
    expect(clicked[0]!.isConnected).toBe(false);
    expect(blobs[0]!.type).toBe('application/json');
    expect(await blobs[0]!.text()).toBe('{"x":1}');
    create.mockRestore();
    click.mockRestore();
  });

  it('copies through the async clipboard API', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await clipboardCopy('# hi');
    expect(write).toHaveBeenCalledWith('# hi');
    write.mockRestore();
  });
});

describe('pure rules', () => {
  it('accepts only well-formed page states', () => {
    expect(asPageState(readyState())?.status).toBe('ready');
    expect(asPageState(null)).toBeNull();
    expect(asPageState({ status: 'ready', analysis: { text: 'x' } })).toBeNull();
    expect(asPageState({ status: 'analysing', progress: 7 })).toEqual({
      status: 'analysing',
      title: '',
      site: '',
      progress: undefined,
      analysis: undefined,
      error: undefined,
    });
  });

  it('lets the extension read ordinary web pages only', () => {
    expect(restrictedReason(ARTICLE_URL)).toBeNull();
    expect(restrictedReason('http://127.0.0.1:8080/pages/x/')).toBeNull();
    expect(restrictedReason('https://chrome.google.com/webstore/detail/x')).toMatch(/Chrome Web Store/);
    expect(restrictedReason('https://chrome.google.com/search')).toBeNull();
    expect(restrictedReason('view-source:https://example.com')).toMatch(/browser page/);
    expect(siteOf(ARTICLE_URL)).toBe('www.theguardian.com');
    expect(siteOf('chrome://newtab')).toBe('');
  });
});
