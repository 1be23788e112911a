// Fails loudly (never a silent skip) when the e2e tests cannot find Chromium or Firefox.
import { firefoxPath } from '../tests/e2e/firefox-harness.mjs';
import { chromiumPath } from '../tests/e2e/harness.mjs';

let missing = false;
for (const find of [chromiumPath, firefoxPath]) {
  try {
    find();
  } catch (e) {
    console.error(`sourcelight e2e: ${e.message}`);
    missing = true;
  }
}
if (missing) process.exit(1);
