// Popup entry: wires the Popup component to the browser. `popup.html?tabId=N` targets tab N (tests,
// which cannot open the toolbar popup); otherwise the active tab of the current window.
import { render } from 'preact';
import { Popup } from '@/components/popup';
import { openSidePanel, tabClient } from '@/utils/tab-client';
import './style.css';

render(<Popup client={tabClient({ follow: false })} onOpenPanel={openSidePanel} />, document.getElementById('app')!);
