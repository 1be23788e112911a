// @vitest-environment happy-dom
// The popup's notices beside the analysis: settings the browser will not save (storage at its quota: the
// switch still holds, the page is told directly, the popup says it was not kept), and a page that keeps
// removing the highlights.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { SettingsStore } from '@/components/popup-client';
import { defaultSettings } from '@/lib/settings';
import { fakeClient, readyState, renderPopup } from './render-popup';

/** A store that reads but refuses every write, as browser.storage.local does at its quota. */
const fullStore = (): SettingsStore => ({
  load: async () => defaultSettings(),
  update: async () => {
    throw new Error('QUOTA_BYTES quota exceeded');
  },
  watch: () => () => {},
});

describe('settings that cannot be saved', () => {
  it('apply to the page anyway, and the popup says they were not kept', async () => {
    const { client, sent } = fakeClient();
    renderPopup({ client, settingsStore: fullStore() });
    await screen.findByRole('heading', { name: 'Who said what' });
    const people = within(screen.getByRole('list', { name: 'Highlights' })).getAllByRole('switch')[0]!;
    fireEvent.click(people);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Couldn’t keep this change.*QUOTA_BYTES quota exceeded.*applies to this page/);
    expect((people as HTMLInputElement).checked).toBe(false);
    const applied = sent.find((r) => r.type === 'sourcelight/apply-settings');
    expect(applied).toBeTruthy();
    expect(applied?.type === 'sourcelight/apply-settings' && applied.settings.categories.person).toBe(false);
    // a second change builds on the first, not on what storage still holds
    fireEvent.click(within(screen.getByRole('list', { name: 'Highlights' })).getAllByRole('switch')[3]!);
    await waitFor(() => expect(sent.filter((r) => r.type === 'sourcelight/apply-settings')).toHaveLength(2));
    const last = sent.filter((r) => r.type === 'sourcelight/apply-settings').at(-1);
    expect(last?.type === 'sourcelight/apply-settings' && last.settings.categories).toMatchObject({
      person: false,
      figure: false,
    });
  });
});

describe('a page that removes the highlights', () => {
  it('is named, and the lists are still shown', async () => {
    const { client } = fakeClient({ states: [{ ...readyState(), highlightsBlocked: true }] });
    renderPopup({ client });
    await screen.findByRole('heading', { name: 'Who said what' });
    expect(screen.getByText(/This page keeps removing Sourcelight’s highlights/)).toBeTruthy();
  });

  it('says nothing on an ordinary page', async () => {
    renderPopup();
    await screen.findByRole('heading', { name: 'Who said what' });
    expect(screen.queryByText(/keeps removing/)).toBeNull();
  });
});
