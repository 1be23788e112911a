// Fails loudly (never a silent skip) when the e2e tests cannot find Chromium.
import { chromiumPath } from '../tests/e2e/harness.mjs';

try {
  chromiumPath();
} catch (e) {
  console.error(`sourcelight e2e: ${e.message}`);
  process.exit(1);
}
