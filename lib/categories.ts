// The annotation categories the extension draws: one registry that the content script (highlight names,
// styles), the popup (toggles, swatches) and settings (defaults) all derive from, so nothing drifts.
// Pure data: no DOM, no browser APIs.

export type CategoryId = 'person' | 'organization' | 'place' | 'figure' | 'sourcing' | 'claim';

export interface Category {
  id: CategoryId;
  /** Plural label for toggles and counts. */
  label: string;
  /** One line for the popup and the README. */
  description: string;
  /** Name of the CSS Custom Highlight (`::highlight(sourcelight-person)`), documented for user styles. */
  highlight: string;
  /** Background tint, translucent so it reads on light and dark pages. */
  background: string;
  /**
   * Line colour and style: the category never relies on colour alone (six looks: five underline styles and
   * one overline). The colours stay apart under simulated colour-blindness (tests/unit/colour-vision.test.ts)
   * and keep 3:1 against white and near-black pages.
   */
  underline: string;
  underlineStyle: 'solid' | 'dotted' | 'dashed' | 'double' | 'wavy';
  /** Where the line is drawn (default under the text). */
  line?: 'underline' | 'overline';
  /** The line's system colour in forced-colours (high contrast) mode, where the page's palette is replaced. */
  forcedColour: 'LinkText' | 'VisitedText' | 'CanvasText' | 'MarkText';
  defaultOn: boolean;
}

const cat = (c: Omit<Category, 'highlight'>): Category => ({ ...c, highlight: `sourcelight-${c.id}` });

export const CATEGORIES: readonly Category[] = [
  cat({
    id: 'person',
    label: 'People',
    description: 'Named people',
    background: 'rgba(0, 156, 235, 0.16)',
    underline: '#009ceb',
    underlineStyle: 'solid',
    forcedColour: 'LinkText',
    defaultOn: true,
  }),
  cat({
    id: 'organization',
    label: 'Organisations',
    description: 'Governments, parties, companies, outlets, armed groups',
    background: 'rgba(132, 56, 220, 0.16)',
    underline: '#8438dc',
    underlineStyle: 'double',
    forcedColour: 'VisitedText',
    defaultOn: true,
  }),
  cat({
    id: 'place',
    label: 'Places',
    description: 'Countries, cities, regions',
    background: 'rgba(20, 113, 100, 0.16)',
    underline: '#147164',
    underlineStyle: 'dashed',
    forcedColour: 'CanvasText',
    defaultOn: true,
  }),
  cat({
    id: 'figure',
    label: 'Figures',
    description: 'Numbers, money, percentages, dates, ages, durations',
    background: 'rgba(236, 106, 19, 0.18)',
    underline: '#ec6a13',
    underlineStyle: 'dotted',
    forcedColour: 'CanvasText',
    defaultOn: true,
  }),
  cat({
    id: 'sourcing',
    label: 'Sourcing',
    description: 'Where information comes from: "said", "according to", anonymous sources',
    background: 'rgba(143, 143, 143, 0.16)',
    underline: '#8f8f8f',
    underlineStyle: 'solid',
    line: 'overline',
    forcedColour: 'CanvasText',
    defaultOn: true,
  }),
  cat({
    id: 'claim',
    label: 'Unconfirmed claims',
    description: 'Hedged, anonymously sourced or disputed claims',
    background: 'rgba(189, 38, 15, 0.12)',
    underline: '#bd260f',
    underlineStyle: 'wavy',
    forcedColour: 'MarkText',
    defaultOn: true,
  }),
];

export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

export function category(id: CategoryId): Category {
  const found = CATEGORIES.find((c) => c.id === id);
  if (!found) throw new Error(`unknown category ${id}`);
  return found;
}
