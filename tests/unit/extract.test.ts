// @vitest-environment happy-dom
// Which text is article text, and which element holds it. The same code runs on linkedom for the CLI
// (articleFromHtml) and on the live page.
import { describe, expect, test } from 'vitest';
import { excludeReason, extractSync, findArticleRoot } from '@/lib/dom/extract';
import { articleFromHtml } from '@/lib/dom/from-html';

const para = (s: string) =>
  `<p>${s} ${'It was, officials said, a long day of talks in the capital, with more to come.'}</p>`;

const PAGE = `<html><body>
<header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
<main><article>
  <h1>Talks resume</h1>
  ${para('Alpha.')}${para('Bravo.')}
  <div class="share-tools"><a href="#">Share on Facebook</a></div>
  <form><input value="Search"><label>Email</label></form>
  <div hidden><p>Hidden paragraph text.</p></div>
  <div aria-hidden="true"><p>Aria hidden text.</p></div>
  <div style="display: none"><p>Display none text.</p></div>
  <div contenteditable="true"><p>Editable text.</p></div>
  <script>var notText = 1;</script>
  <figure><img src="x.jpg"><figcaption>A caption that belongs to the story.</figcaption></figure>
  ${para('Charlie.')}${para('Delta.')}
  <ul class="list"><li><a href="/a">Related one</a></li><li><a href="/b">Related two</a></li></ul>
</article>
<aside><p>${'Sidebar text that is long enough to be a paragraph of its own, with commas, many.'}</p></aside>
<section id="comments"><p>${'A reader comment, long enough to count as a paragraph, with commas, and more.'}</p></section>
</main>
<footer><p>Copyright footer.</p></footer>
</body></html>`;

describe('article text', () => {
  const text = articleFromHtml(PAGE).text;

  // the headline is read when it sits in the article's root: headlines carry claims ("X says Y")
  test.each(['Alpha.', 'Bravo.', 'Charlie.', 'Delta.', 'Talks resume'])('keeps %s', (s) => {
    expect(text).toContain(s);
  });

  test.each([
    'Home',
    'Share on Facebook',
    'Search',
    'Email',
    'Hidden paragraph',
    'Aria hidden',
    'Display none',
    'Editable',
    'notText',
    'Related one',
    'Sidebar',
    'reader comment',
    'Copyright',
    // captions are not the article body (as the extraction benchmark defines it)
    'A caption',
  ])('leaves out %s', (s) => {
    expect(text).not.toContain(s);
  });

  test('paragraphs are separated by newlines', () => {
    expect(text.split('\n').filter((l) => l.startsWith('Alpha.') || l.startsWith('Bravo.'))).toHaveLength(2);
  });
});

describe('article root', () => {
  test('the element holding the paragraphs, not the page', () => {
    document.documentElement.innerHTML = PAGE.replace(/<\/?html>/g, '');
    expect(findArticleRoot(document).root.localName).toBe('article');
  });

  test('climbs over a body split into columns', () => {
    const col = (n: number) =>
      `<div class="col"><div class="inner">${para(`Col${n}a.`)}${para(`Col${n}b.`)}</div></div>`;
    document.body.innerHTML = `<section id="body">${col(1)}${col(2)}${col(3)}</section><div id="other"><a href="/next"><h3>Another story</h3></a>${para('Teaser.')}</div>`;
    const { root } = findArticleRoot(document);
    expect(root.id).toBe('body');
    const { map } = extractSync(document);
    expect(map.text).toContain('Col1a.');
    expect(map.text).toContain('Col3b.');
    expect(map.text).not.toContain('Teaser.');
  });

  test('falls back to <body> when there are no paragraphs', () => {
    document.body.innerHTML = '<span>tiny</span>';
    expect(findArticleRoot(document).how).toBe('fallback-body');
  });
});

describe('excludeReason', () => {
  test.each([
    ['<nav></nav>', 'nav'],
    ['<div role="navigation"></div>', 'role=navigation'],
    ['<div class="related-stories"></div>', 'unlikely'],
    ['<div class="pageRow"></div>', null],
    ['<div class="article-body comments-count"></div>', null],
    ['<textarea></textarea>', 'textarea'],
    ['<div contenteditable=""></div>', 'contenteditable'],
    ['<p style="color: red; display:none"></p>', 'hidden'],
    ['<p>plain</p>', null],
  ])('%s -> %s', (html, reason) => {
    document.body.innerHTML = html;
    expect(excludeReason(document.body.firstElementChild!)).toBe(reason);
  });
});

describe('root choice cannot lose the article', () => {
  const story = (n: number) => Array.from({ length: n }, (_, i) => para(`Story${i}.`)).join('');

  test('a wrapper whose class names a header or sidebar still holds the article', () => {
    const { text } = articleFromHtml(
      `<body><div class="page-header-wrapper sidebar-layout"><article>${story(6)}</article></div>
       <div class="cookie-banner"><p>${'We use cookies to improve your experience, with partners, and more.'}</p></div></body>`,
    );
    expect(text).toContain('Story0.');
    expect(text).toContain('Story5.');
    expect(text).not.toContain('cookies');
  });

  test('a page wrapped in <form> (ASP.NET) is still read', () => {
    const { text } = articleFromHtml(`<body><form id="aspnetForm"><div id="main">${story(5)}</div></form></body>`);
    expect(text).toContain('Story4.');
  });

  test('prose in list items and table cells votes', () => {
    const cells = Array.from({ length: 5 }, (_, i) => `<tr><td>${para(`Cell${i}.`)}</td></tr>`).join('');
    const { text } = articleFromHtml(
      `<body><table class="layout">${cells}</table><div class="promo"><p>${'Subscribe today, save money, and read more, every day of the week.'}</p></div></body>`,
    );
    expect(text).toContain('Cell0.');
    expect(text).toContain('Cell4.');
  });

  test('text runs beside empty break divs are prose (jpost.com style)', () => {
    const run = 'The son of a former president was hurt, officials said, in an attack on Wednesday in the city.';
    const { text } = articleFromHtml(
      `<body><div class="rail"><div class="sidebar"><p>${'A short promo line that is long enough, with commas, to count.'}</p></div></div>
       <div class="main"><div itemprop="articleBody">${run}<div class="fake-br"></div>${run}<br><div class="fake-br"></div>${run}</div></div></body>`,
    );
    expect(text.match(/The son of a former president/g)).toHaveLength(3);
    expect(text).not.toContain('promo line');
  });

  test('sibling sections of one body, four levels apart, are gathered', () => {
    const section = (n: number) =>
      `<div class="a"><div class="b"><div class="c"><div class="d">${para(`Sec${n}a.`)}${para(`Sec${n}b.`)}</div></div></div></div>`;
    document.body.innerHTML = `<main id="story">${section(1)}<figure><img src="x.jpg"><figcaption>Pic</figcaption></figure>${section(2)}${section(3)}</main>`;
    const { map } = extractSync(document);
    for (const n of [1, 2, 3]) expect(map.text).toContain(`Sec${n}b.`);
    expect(map.text).not.toContain('Pic');
  });

  test('JSON-LD articleBody picks the story over a longer block of other text', () => {
    const body = 'Officials said the bridge would reopen next week, after repairs, inspections and a final check.';
    const other = Array.from({ length: 4 }, () => para('Other.')).join('');
    const { text } = articleFromHtml(
      `<head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: `${body} ${body}` })}</script></head>
       <body><div class="x">${other}</div><div class="y"><p>${body}</p><p>${body}</p></div></body>`,
    );
    expect(text).toContain('the bridge would reopen');
  });

  test("readers' comments never win the vote, however long", () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<li class="comment">${para(`Comment${i}.`)}</li>`).join('');
    const { text } = articleFromHtml(
      `<body><article>${story(3)}</article><section id="comments"><ol class="comment-list">${comments}</ol></section></body>`,
    );
    expect(text).toContain('Story2.');
    expect(text).not.toContain('Comment0.');
  });
});

describe('inside the root, only the story', () => {
  const story = (n: number) => Array.from({ length: n }, (_, i) => para(`Story${i}.`)).join('');
  const card = (i: number) =>
    `<div class="card"><h3><a href="/s${i}">Teaser headline number ${i}</a></h3><p>A short excerpt of the other story, ${i}, with commas.</p></div>`;

  test.each([
    ['teasers', `<div class="more">${card(1)}${card(2)}${card(3)}</div>`, 'Teaser headline'],
    ['teaser excerpts', `<div class="more">${card(1)}${card(2)}${card(3)}</div>`, 'short excerpt'],
    ['link-dense block', '<div><a href="/a">One link</a> <a href="/b">Two link</a></div>', 'One link'],
    ['caption', '<figure><img src="x.jpg"><figcaption>Photo: AFP</figcaption></figure>', 'Photo: AFP'],
    ['credit', '<span class="image-credit">Getty Images</span>', 'Getty Images'],
    ['byline', '<div class="article__byline">By Jane Doe and John Roe</div>', 'Jane Doe'],
    ['dateline', '<p>Updated 11:21 pm CST, Tuesday, November 19, 2019</p>', 'Updated 11:21'],
    ['time block', '<div><time datetime="2019-11-19">November 19, 2019</time></div>', 'November 19, 2019'],
    ['end note', '<p>(Additional reporting by Jane Doe; Editing by John Roe)</p>', 'Additional reporting'],
    ['share bar', '<div class="share-tools"><span>Share this</span></div>', 'Share this'],
    ['newsletter', '<div class="newsletter-signup">Get our morning briefing</div>', 'morning briefing'],
    ['author bio', '<div class="author-bio">Jane writes about cities.</div>', 'Jane writes'],
    [
      'an interactive box: a case counter with its state picker (ndtv.com)',
      '<div class="tracker"><h3>State &amp; District Details</h3><table><tr><td><label>Goa</label><input type="checkbox"></td><td>Cases 7</td></tr><tr><td><label>Assam</label><input type="checkbox"></td><td>Cases 35</td></tr></table><p>In India, there are 24,942 confirmed cases including 779 deaths as of April 25.</p><button>Show more</button></div>',
      '24,942 confirmed cases',
    ],
    [
      "a photo's alt text repeated as its caption",
      '<figure><img src="x.jpg" alt="Hori Parata at his farm, where he was born."></figure><ul><li><p>Hori Parata at his farm, where he was born</p></li></ul>',
      'Hori Parata at his farm',
    ],
    [
      'a promo ending in a link that points elsewhere',
      '<p><em><strong>Tech Enabled:</strong> CNET chronicles tech’s role in accessibility. <a href="/x">Check it out here</a>.</em></p>',
      'Tech Enabled',
    ],
    [
      'a newsletter teaser in brackets',
      '<p><em>[What you need to know to start the day: <a href="/nl">Get New York Today in your inbox</a>.]</em></p>',
      'What you need to know',
    ],
    [
      'a caption printed as a one-item list after its figure',
      '<figure><img src="x.jpg"></figure><ul><li><p>Clockwise from top: small whale bones; squid beaks; the baleen of a pygmy right whale.</p></li></ul>',
      'Clockwise from top',
    ],
  ])('%s is left out', (_, html, gone) => {
    const { text } = articleFromHtml(`<body><article>${story(3)}${html}${story(2)}</article></body>`);
    expect(text).toContain('Story0.');
    expect(text).not.toContain(gone);
  });

  test("a caption the page's gallery data names goes, though the printed one ends differently", () => {
    const data =
      '<script>window.gallery = {"images":[{"caption":"Buck Cullen with his daughter Kaiarahi (10 months) in his backyard, where he is storing a pair of sperm whale jawbones. Cullen is a member of the recovery team.<br>","credit":"Photograph: A. Photographer"}]};</script>';
    const { text } = articleFromHtml(
      `<head>${data}</head><body><article>${story(3)}<div class="figure"><img src="x.jpg"></div><p>Buck Cullen with his daughter Kaiarahi (10 months) in his backyard, where he is storing a pair of sperm whale jawbones. Cullen is an integral member of Hori Parata’s team</p>${story(2)}</article></body>`,
    );
    expect(text).toContain('Story0.');
    expect(text).not.toContain('Buck Cullen');
  });

  test("a paragraph that merely starts like another page's caption stays (eight words must match)", () => {
    const data = '<script>var d = {"caption":"Buck Cullen with his daughter in the garden of their home"};</script>';
    const { text } = articleFromHtml(
      `<head>${data}</head><body><article>${story(3)}<p>Buck Cullen with his daughter left the beach before dawn, he said, and drove north for three hours to the stranding.</p>${story(2)}</article></body>`,
    );
    expect(text).toContain('Buck Cullen with his daughter left the beach');
  });

  test('a sentence with a link to "here" inside it stays', () => {
    const { text } = articleFromHtml(
      `<body><article>${story(3)}<p>The report, <a href="/r">published here</a> on Tuesday, found the bridge unsafe.</p>${story(1)}</article></body>`,
    );
    expect(text).toContain('The report, published here on Tuesday, found the bridge unsafe.');
  });

  test('a pull quote goes; the paragraph it repeats stays, and so does a list that repeats an item', () => {
    const { text } = articleFromHtml(
      `<body><article>${story(2)}<p>Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry as a whole.</p>${story(2)}<p>“Since 2008, there hasn’t been a single year of revenue gain in the newspaper industry as a whole,” said Ken Doctor, an analyst.</p><ul><li>Drink during your workout, a cup every twenty minutes or so.</li><li>Eat well.</li><li>Drink during your workout, a cup every twenty minutes or so.</li></ul>${story(1)}</article></body>`,
    );
    expect(text.match(/Since 2008/g)).toHaveLength(1);
    expect(text).toContain('as a whole,” said Ken Doctor');
    expect(text.match(/Drink during your workout/g)).toHaveLength(2);
  });

  test('a pull quote signed with its speaker goes when a later paragraph quotes the same words', () => {
    const { text } = articleFromHtml(
      `<body><article>${story(2)}<p>“If NASA focuses on the investment in the rocket, there is a better chance of making an earlier date,” Cooke said.</p>${story(2)}<p>“The rocket is not being used for what it was designed to do,” he continued. “If NASA focuses on the investment in the rocket, there is a better chance of making an earlier date.” He said a landing could follow.</p>${story(1)}</article></body>`,
    );
    expect(text.match(/If NASA focuses/g)).toHaveLength(1);
    expect(text).toContain('earlier date.” He said a landing could follow.');
  });

  test('a heading that a photo takes as its alt text stays', () => {
    const { text } = articleFromHtml(
      `<body><article><h1>New York man pleads guilty to threats</h1><img src="x.jpg" alt="New York man pleads guilty to threats">${story(3)}</article></body>`,
    );
    expect(text).toContain('New York man pleads guilty to threats');
  });

  test('a paragraph full of linked names is still prose (hover-card links)', () => {
    const linked =
      '<p><a href="/1">Alexandria Ocasio-Cortez</a> and <a href="/2">Ilhan Omar</a> spoke after the <a href="/3">arrest of a New York man</a>, saying the threats, which came by phone, were real.</p>';
    const { text } = articleFromHtml(`<body><article>${story(3)}${linked}</article></body>`);
    expect(text).toContain('saying the threats');
  });

  test('WordPress taxonomy classes name nothing (status-publish is not a byline)', () => {
    const { text } = articleFromHtml(
      `<body><article class="post status-publish format-standard category-news tag-share">${story(4)}</article></body>`,
    );
    expect(text).toContain('Story3.');
  });
});

describe('the composed tree: open shadow roots, slots and same-origin frames', () => {
  const story = (n: number, tag = 'S') => Array.from({ length: n }, (_, i) => para(`${tag}${i}.`)).join('');

  test('an article inside an open shadow root is read, slotted light DOM in its place', () => {
    document.body.innerHTML = `<h1>Page</h1><news-story id="open"><p slot="lede">${'Slotted lede, written in the light DOM, long enough to be read.'}</p></news-story><news-story id="closed"></news-story>`;
    const open = document.getElementById('open')!.attachShadow({ mode: 'open' });
    open.innerHTML = `<article><slot name="lede"></slot>${story(4, 'Open')}</article>`;
    const closed = document.getElementById('closed')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = `<article>${story(6, 'Closed')}</article>`;
    const { map } = extractSync(document);
    expect(map.text).toContain('Open0.');
    expect(map.text).toContain('Open3.');
    expect(map.text.indexOf('Slotted lede')).toBeLessThan(map.text.indexOf('Open0.'));
    expect(map.text).not.toContain('Closed0.');
    // the position map points into the shadow tree
    const at = map.text.indexOf('Open2.');
    const pts = map.toDom(at, at + 6)!;
    expect(pts.start.node.getRootNode()).toBe(open);
  });
});

describe('pages that hold several stories', () => {
  const entry = (i: number, n: number) =>
    `<article class="entry"><h2><a href="/e${i}">Update ${i}</a></h2>${Array.from({ length: n }, (_, j) => para(`E${i}p${j}.`)).join('')}<div class="share"><a href="#">Share</a></div></article>`;

  test('a live blog or a page of full stories is read whole', () => {
    const { text } =
      articleFromHtml(`<body><main><div class="feed">${[1, 2, 3, 4].map((i) => entry(i, 3)).join('')}</div></main>
      <aside><ul>${[1, 2, 3].map((i) => `<li><a href="/t${i}">Trending ${i}</a></li>`).join('')}</ul></aside></body>`);
    for (const i of [1, 2, 3, 4]) expect(text).toContain(`E${i}p2.`);
    expect(text).not.toContain('Trending');
  });

  test('one story beside a list of other stories: the story alone', () => {
    const card = (i: number) =>
      `<article class="card"><a href="/c${i}"><h3>Other story ${i}</h3></a><p>A short excerpt of other story ${i}, with a comma.</p></article>`;
    const { text } =
      articleFromHtml(`<body><main><article class="story">${Array.from({ length: 4 }, (_, j) => para(`Main${j}.`)).join('')}</article>
      <section class="more">${[1, 2, 3, 4].map(card).join('')}</section></main></body>`);
    expect(text).toContain('Main3.');
    expect(text).not.toContain('Other story');
    expect(text).not.toContain('short excerpt');
  });
});

describe('words in running text are never taken out', () => {
  test('a linked place with a boilerplate class name inside a sentence stays (nytimes.com meta-loc)', () => {
    const story = Array.from({ length: 4 }, (_, i) => para(`S${i}.`)).join('');
    const { text } = articleFromHtml(
      `<body><article>${story}<p>The government plans to reverse its position on <a class="meta-loc" href="/sudan">Sudan</a> and lift <span class="byline-date">trade</span> sanctions, officials said late Thursday.</p></article></body>`,
    );
    expect(text).toContain('reverse its position on Sudan and lift trade sanctions');
  });

  test('a hover card after a linked name goes, the name stays', () => {
    const story = Array.from({ length: 4 }, (_, i) => para(`S${i}.`)).join('');
    const card =
      '<span class="pop"><img src="p.jpg"><a href="/people/ana-ruiz">Ana Ruiz</a>' +
      '<a href="/story/1">Ruiz opposes funding bill</a><a href="/story/2">Senators call for inquiry</a></span>';
    const { text } = articleFromHtml(
      `<body><article>${story}<p>The mayor, <span><a href="/people/ana-ruiz">Ana Ruiz</a>${card}</span>, said the bridge would reopen in May, after two years of repairs that cost the city far more than planned.</p></article></body>`,
    );
    expect(text).toContain('The mayor, Ana Ruiz, said the bridge would reopen in May,');
    expect(text).not.toContain('Senators call for inquiry');
  });

  test('a paragraph wrapped whole in a span keeps its linked words (rollingstone.com auto-tag links)', () => {
    const story = Array.from({ length: 4 }, (_, i) => para(`S${i}.`)).join('');
    const { text } = articleFromHtml(
      `<body><article>${story}<p class="p1"><span class="s1">The <a id="auto-tag_doobie-brothers" href="/t/doobie">Doobie Brothers</a> will tour with <a id="auto-tag_mcdonald" href="/t/mcdonald">Michael McDonald</a> next year, the band said on Tuesday.</span></p></article></body>`,
    );
    expect(text).toContain('The Doobie Brothers will tour with Michael McDonald next year');
  });
});

describe('an inline element that stands alone is judged by its name', () => {
  const story = Array.from({ length: 4 }, (_, i) => para(`S${i}.`)).join('');

  test('a photo caption in spans between two paragraphs goes, with its credit (msn.com)', () => {
    const { text } = articleFromHtml(
      `<body><article><section class="articlebody">${story}<span class="storyimage inlineimage"><span class="image"><img src="a.jpg"></span><span class="caption truncate"><span class="attribution">© John Brecher</span> Needle poking skin during a flu shot at a community health center in Washington.</span></span>${para('After.')}</section></article></body>`,
    );
    expect(text).toContain('After.');
    expect(text).not.toContain('Needle poking skin');
    expect(text).not.toContain('John Brecher');
  });

  test('a caption span alone in its box goes (express.co.uk "(Image: GETTY)")', () => {
    const { text } = articleFromHtml(
      `<body><article>${story}<div class="photo"><img src="a.jpg"><span class="newsCaption">Protesters have worn masks to protect their identities, and many carried umbrellas (Image: GETTY)</span></div>${para('After.')}</article></body>`,
    );
    expect(text).toContain('After.');
    expect(text).not.toContain('Protesters have worn masks');
  });
});

describe('text no sighted reader reads as sentences', () => {
  const story = Array.from({ length: 4 }, (_, i) => para(`S${i}.`)).join('');

  test('a skip link for screen readers goes (class words: visually hidden, sr-only)', () => {
    const { text } = articleFromHtml(
      `<body><article>${story}<p class="visually-hidden"><a href="#more">Continue reading the main story</a></p><span class="sr-only">Opens in a new window</span>${para('After.')}</article></body>`,
    );
    expect(text).toContain('After.');
    expect(text).not.toContain('Continue reading');
    expect(text).not.toContain('Opens in a new window');
  });

  test('a chart drawn in HTML goes: its labels are ticks and values, not sentences', () => {
    const ticks = ['$915', 'billion', '$900', '600', '300', '0', '’18', '’20', '’22', '’24', '’26', '’28'];
    const chart = `<div class="g-chart"><p>Interest payments on the debt</p>${ticks.map((t) => `<div class="g-label"><p>${t}</p></div>`).join('')}</div>`;
    const { text } = articleFromHtml(`<body><article>${story}${chart}${para('After.')}</article></body>`);
    expect(text).toContain('After.');
    expect(text).not.toContain('Interest payments');
    expect(text).not.toContain('$915');
  });

  test('a list of short items without figures, and a table of figures, stay', () => {
    const countries = [
      'Finland',
      'Norway',
      'Australia',
      'Canada',
      'Germany',
      'France',
      'Italy',
      'Spain',
      'Chile',
      'Peru',
      'Japan',
    ];
    const list = `<ul>${countries.map((c) => `<li>${c}</li>`).join('')}</ul>`;
    const rows = countries.map((c, i) => `<tr><td>${c}</td><td>${i * 7}</td><td>${i + 2}%</td></tr>`).join('');
    const { text } = articleFromHtml(
      `<body><article>${story}${list}<table>${rows}</table>${para('After.')}</article></body>`,
    );
    expect(text).toContain('Norway');
    expect(text).toMatch(/Peru\s+63\s+11%/);
  });
});

describe('headings with nothing under them', () => {
  const story = Array.from({ length: 4 }, (_, i) => para(`S${i}.`)).join('');
  const cards = Array.from(
    { length: 3 },
    (_, i) =>
      `<div class="card"><h3><a href="/s/${i}">Other story ${i}</a></h3><p><a href="/s/${i}">Full article</a></p></div>`,
  ).join('');

  test('the title of a box of other stories goes with the stories', () => {
    const { text } = articleFromHtml(
      `<body><article><h1>Talks resume</h1>${story}<h2>Other Opinion Columns</h2><div>${cards}</div></article></body>`,
    );
    expect(text).toContain('Talks resume');
    expect(text).toContain('S3.');
    expect(text).not.toContain('Other Opinion Columns');
  });

  test('a section heading stays, and so does one whose text sits under a subheading', () => {
    const { text } = articleFromHtml(
      `<body><article>${story}<h2>Regional Woes</h2>${para('Under it.')}<h2>Outlook</h2><h3>Next year</h3>${para('Later.')}</article></body>`,
    );
    expect(text).toContain('Regional Woes');
    expect(text).toContain('Outlook');
    expect(text).toContain('Next year');
  });

  test("a gallery's and a player's controls go; a video box holding an embedded post stays", () => {
    const gallery =
      '<div class="gallery"><div class="nav-stats">Image 1 of 9</div><p class="open">Caption</p><p>Back to Gallery</p></div>';
    const player = '<div class="player-footer"><div class="countdown">Your video will play in 00:25</div></div>';
    const embed = `<div class="video-container"><blockquote>${'Interesting to see the game running at a steady rate, said one player, not for long.'}</blockquote></div>`;
    const { text } = articleFromHtml(`<body><article>${gallery}${story}${player}${embed}</article></body>`);
    expect(text).toContain('S3.');
    expect(text).toContain('Interesting to see the game');
    for (const gone of ['Image 1 of 9', 'Back to Gallery', 'Your video will play']) expect(text).not.toContain(gone);
  });

  test("a wire service's contact and coverage lines at the end go", () => {
    const { text } = articleFromHtml(
      `<body><article>${story}<p>To contact the reporter on this story: Ann Lee in Atlanta at alee@example.com</p><p>To contact the editors responsible for this story: Bo Kim at bkim@example.com</p><p>Follow AP's full coverage of the talks at https://example.com/talks</p></article></body>`,
    );
    expect(text).not.toContain('full coverage');
    expect(text).toContain('S3.');
    expect(text).not.toContain('To contact');
  });
});
