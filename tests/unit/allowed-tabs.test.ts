// utils/content-script.ts annotateAllowedTabs: which tabs get the content script once the reader allows a site,
// and where a reload stands in for it (Chrome refuses scripting.executeScript on a site allowed for the
// manifest's content script only, and hides the tab's address).
import { describe, expect, it, vi } from 'vitest';
import { type AllowedTabsApi, annotateAllowedTabs } from '@/utils/content-script';

const ALLOWED = 'https://news.example/';

function fakeApi({
  tabs = [] as { id?: number; url?: string }[],
  asking = null as number | null,
  running = [] as number[],
  refuse = false,
} = {}) {
  return {
    activeTabs: vi.fn(async () => tabs),
    takeAsking: vi.fn(async () => asking),
    allowed: vi.fn(async (url: string) => url.startsWith(ALLOWED)),
    runs: vi.fn(async (id: number) => running.includes(id)),
    run: vi.fn(async (_id: number) => {
      if (refuse) throw new Error('Cannot access contents of the page');
    }),
    reload: vi.fn(async (_id: number) => {}),
  } satisfies AllowedTabsApi;
}

describe('annotateAllowedTabs', () => {
  it('runs the content script in the active tabs of the allowed site only (Firefox: addresses known)', async () => {
    const api = fakeApi({
      tabs: [{ id: 1, url: `${ALLOWED}story` }, { id: 2, url: 'https://elsewhere.example/' }, { id: 3 }],
    });
    expect([...(await annotateAllowedTabs(api))]).toEqual([[1, 'ran']]);
    expect(api.run).toHaveBeenCalledTimes(1);
    expect(api.reload).not.toHaveBeenCalled();
  });

  it('leaves a page where the script runs already alone: never a second copy', async () => {
    const api = fakeApi({ tabs: [{ id: 1, url: `${ALLOWED}story` }], asking: 1, running: [1] });
    expect((await annotateAllowedTabs(api)).size).toBe(0);
    expect(api.run).not.toHaveBeenCalled();
    expect(api.reload).not.toHaveBeenCalled();
  });

  it('the tab that asked counts with its address hidden, and is reloaded where the script may not be run (Chrome)', async () => {
    const api = fakeApi({ tabs: [{ id: 5 }, { id: 6 }], asking: 5, refuse: true });
    expect([...(await annotateAllowedTabs(api))]).toEqual([[5, 'reloaded']]);
    expect(api.run).toHaveBeenCalledWith(5);
    expect(api.reload).toHaveBeenCalledWith(5);
    expect(api.reload).toHaveBeenCalledTimes(1);
  });

  it('the tab that asked counts even when it is no longer in front', async () => {
    const api = fakeApi({ tabs: [{ id: 1, url: `${ALLOWED}story` }], asking: 9 });
    expect([...(await annotateAllowedTabs(api))]).toEqual([
      [1, 'ran'],
      [9, 'ran'],
    ]);
  });

  it('never reloads a tab that did not ask, even when the script is refused there', async () => {
    const api = fakeApi({ tabs: [{ id: 1, url: `${ALLOWED}store-page` }], refuse: true });
    expect((await annotateAllowedTabs(api)).size).toBe(0);
    expect(api.reload).not.toHaveBeenCalled();
  });

  it('one tab failing does not stop the others', async () => {
    const api = fakeApi({
      tabs: [
        { id: 1, url: `${ALLOWED}a` },
        { id: 2, url: `${ALLOWED}b` },
      ],
    });
    api.runs.mockImplementationOnce(async () => {
      throw new Error('tab closed');
    });
    const done = await annotateAllowedTabs(api);
    expect(done.get(2)).toBe('ran');
  });
});
