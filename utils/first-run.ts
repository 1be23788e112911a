// First run: the legend (what the marks mean) opens once, when Sourcelight is installed; not on updates or
// browser restarts. Later it is at /legend.html (linked from the popup and the options page).
export const LEGEND_PATH = '/legend.html';

export async function openLegendOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(LEGEND_PATH) });
}
