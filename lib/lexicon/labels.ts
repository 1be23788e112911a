// What opens a paragraph with a colon: a speaker ("Sanders:"), a source ("Poll:"), or a rubric or
// notice that is neither ("Update:", "Fact Check:", "Editor's note:").
// Evidence lines: `npx tsx scripts/lexicon-evidence.ts` on PolNeAR train (plain word matching over all
// inflected forms of a lemma list): uses, and the share inside a gold sourcing span or a gold source.

/**
 * Labels that open a paragraph with a colon without being a speaker ("Update: ...", "Photo: ...").
 * PolNeAR train: 18496 uses, inside a gold sourcing span in 2729 (15%), inside a gold source in 1548 (8%).
 */
export const COLON_LABELS = new Set([
  'update',
  'updated',
  'analysis',
  'opinion',
  'note',
  'editor',
  "editor's",
  'photo',
  'credit',
  'source',
  'sources',
  'watch',
  'related',
  'read',
  'breaking',
  'exclusive',
  'video',
  'live',
  'transcript',
  'listen',
  'see',
  'also',
  'correction',
  'clarification',
  'warning',
  'disclaimer',
  'tags',
  'topics',
  'share',
  'follow',
  'contact',
  'email',
  'contributing',
  // credits: "FILE PHOTO: Traders work …", "Additional reporting: by …", "Editing: …"
  'file',
  'additional',
  'reporting',
  'writing',
  'editing',
  'image',
  'caption',
  'graphic',
  'map',
  'chart',
  'table',
  'key',
  'q',
  'a',
  'question',
  'answer',
]);

/**
 * Words that make "X Y: ..." a rubric, not a speaker ("Fact Check:", "Breitbart News Daily:", "Wow:").
 * PolNeAR train: 1524 uses, inside a gold sourcing span in 257 (17%), inside a gold source in 144 (9%).
 */
export const RUBRIC_WORDS = new Set(
  [
    'latest daily update updates live breaking watch review analysis opinion exclusive video photos circle check',
    // headline interjections: "Wow: …", "BUSTED: …", "Just Leaked: …"
    'wow look boom bombshell busted leaked revealed byline notice nerdcast email newsletter podcast recap explainer',
  ]
    .join(' ')
    .split(' '),
);

/**
 * A publisher's notice before a colon, not a speaker: "WARNING:", "Editor's note:", "Update:".
 * PolNeAR train: 213 uses, inside a gold sourcing span in 69 (32%), inside a gold source in 30 (14%).
 */
export const NOTICE_WORDS = new Set(
  'warning caution note correction clarification disclosure disclaimer update updated editor spoiler advisory'.split(
    ' ',
  ),
);

/**
 * Documents that speak in a headline's label ("Poll: …", "IG report: …", "Democrats' new warning: …").
 * PolNeAR train: 2955 uses, inside a gold sourcing span in 1127 (38%), inside a gold source in 977 (33%).
 */
export const LABEL_SOURCES = new Set(
  'poll polls survey report study editorial newspaper warning reaction statement memo audit insiders historians experts analysts officials sources aides critics voters'.split(
    ' ',
  ),
);
