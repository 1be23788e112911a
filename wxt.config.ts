import { defineConfig } from 'wxt';

// See README "Permissions" for why each permission is requested.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      'Highlights who is speaking in a news article, its figures, where each claim comes from, and which claims nobody on the record stands behind.',
    permissions: ['storage', 'activeTab'],
    action: { default_title: 'Sourcelight' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
