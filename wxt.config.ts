import { defineConfig } from 'wxt';

// docs/architecture.md, "Permissions", says why each permission is requested.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      'Highlights who is speaking in a news article, its figures, where each claim comes from, and which claims nobody on the record stands behind.',
    // offscreen (Chrome only): a hidden page that runs the parse on Web Workers for long articles
    // scripting: run the content script on a page the reader opened the popup on, when they limited site access
    // contextMenus (Chrome) / menus (Firefox): the "Who said this?" item on a text selection
    // sidePanel (Chrome only): the side panel that stays open while reading (Firefox's sidebar_action needs none)
    // The toolbar badge (action.setBadgeText) and the keyboard commands need no permission.
    permissions:
      browser === 'firefox'
        ? ['storage', 'activeTab', 'scripting', 'menus']
        : ['storage', 'activeTab', 'scripting', 'offscreen', 'contextMenus', 'sidePanel'],
    action: { default_title: 'Sourcelight' },
    // Keyboard commands (the reader can change the keys in the browser's shortcut settings); handled in
    // utils/reader-actions.ts. Firefox opens its sidebar through the built-in _execute_sidebar_action.
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlights on or off (all sites)',
      },
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-panel']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open the Sourcelight side panel',
      },
      'next-claim': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Go to the next unconfirmed claim' },
      'prev-claim': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Go to the previous unconfirmed claim' },
    },
    // Extension pages and the service worker: own scripts only, and no connection to anything but the
    // extension itself (nothing is ever sent anywhere; tests/e2e/privacy.test.mjs checks it)
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.dev',
              // 140: first desktop release with data_collection_permissions (and the CSS Custom Highlight API)
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
