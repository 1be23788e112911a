// Where the content script's stylesheet comes from: the Firefox build declares it in the manifest; the Chrome
// build does not (a declared stylesheet is injected at document start, which with site access "on click" makes
// the toolbar click offer a reload instead of running the script), and the content script adopts it itself.
// Imported by the content script and by the code that runs it on demand.

/** Whether the manifest declares the content script's stylesheet (the Firefox build). */
export function stylesheetDeclared(): boolean {
  return browser.runtime.getManifest().content_scripts?.some((c) => (c.css ?? []).length > 0) ?? false;
}
