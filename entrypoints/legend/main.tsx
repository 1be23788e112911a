// Legend page entry (/legend.html): the key to the marks, with the page's own highlight styles.
import { render } from 'preact';
import { Legend } from '@/components/legend';
import '@/components/extension-page.css';
import '../content/style.css';

render(<Legend />, document.getElementById('app')!);
