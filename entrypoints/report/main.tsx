// The printable report, an extension page: report.html?tabId=N asks tab N's content script for its analysis and
// lays it out for reading and printing. Reads the tab once; nothing leaves the browser.
import { render } from 'preact';
import { asPageState } from '@/components/popup-client';
import { Report } from '@/components/report';
import { tabIdParam } from '@/utils/tab-client';
import '../popup/style.css';
import './style.css';

async function main() {
  const app = document.getElementById('app')!;
  const date = new Date();
  const show = (props: Omit<Parameters<typeof Report>[0], 'date'>) => render(<Report date={date} {...props} />, app);
  const tabId = tabIdParam();
  if (tabId === null) return show({ state: null, title: '', problem: 'No page given for the report.' });
  show({ state: null, title: '' });
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const state = asPageState(await browser.tabs.sendMessage(tabId, { type: 'sourcelight/get-state' }).catch(() => null));
  const title = state?.title || tab?.title || '';
  if (title) document.title = `Sourcelight report: ${title}`;
  show({
    state,
    title,
    url: tab?.url,
    problem: !tab
      ? 'The tab this report was for is closed.'
      : state?.status === 'ready'
        ? undefined
        : 'Sourcelight has not finished reading this page, or found nothing on it.',
    onPrint: () => window.print(),
  });
}

void main();
