// Options page entry (options_ui): the settings store wired to the Options component.
import { render } from 'preact';
import { Options } from '@/components/options';
import type { SettingsStore } from '@/components/popup-client';
import { loadSettings, updateSettings, watchSettings } from '@/lib/settings-store';
import '@/components/extension-page.css';

const store: SettingsStore = { load: loadSettings, update: updateSettings, watch: watchSettings };

render(<Options store={store} />, document.getElementById('app')!);
