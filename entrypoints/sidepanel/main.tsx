// Side panel entry (Chrome side_panel, Firefox sidebar_action): the popup's view in a panel that stays open
// while reading, following the window's active tab. `sidepanel.html?tabId=N` pins tab N; `?windowId=N` follows
// window N's active tab (tests open this page in a window of its own).
import { render } from 'preact';
import { Popup } from '@/components/popup';
import { tabClient } from '@/utils/tab-client';
import '../popup/style.css';

render(<Popup client={tabClient({ follow: true })} mode="panel" />, document.getElementById('app')!);
