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
  /** Underline colour and style: the category never relies on colour alone. */
  underline: string;
  underlineStyle: 'solid' | 'dotted' | 'dashed' | 'double' | 'wavy';
  defaultOn: boolean;
}

const cat = (c: Omit<Category, 'highlight'>): Category => ({ ...c, highlight: `sourcelight-${c.id}` });

export const CATEGORIES: readonly Category[] = [
  cat({
    id: 'person',
    label: 'People',
    description: 'Named people',
    background: 'rgba(59, 130, 246, 0.18)',
    underline: '#3b82f6',
    underlineStyle: 'solid',
    defaultOn: true,
  }),
  cat({
    id: 'organization',
    label: 'Organisations',
    description: 'Governments, parties, companies, outlets, armed groups',
    background: 'rgba(139, 92, 246, 0.18)',
    underline: '#8b5cf6',
    underlineStyle: 'double',
    defaultOn: true,
  }),
  cat({
    id: 'place',
    label: 'Places',
    description: 'Countries, cities, regions',
    background: 'rgba(16, 185, 129, 0.18)',
    underline: '#10b981',
    underlineStyle: 'dashed',
    defaultOn: true,
  }),
  cat({
    id: 'figure',
    label: 'Figures',
    description: 'Numbers, money, percentages, dates, ages, durations',
    background: 'rgba(245, 158, 11, 0.22)',
    underline: '#d97706',
    underlineStyle: 'dotted',
    defaultOn: true,
  }),
  cat({
    id: 'sourcing',
    label: 'Sourcing',
    description: 'Where information comes from: "said", "according to", anonymous sources',
    background: 'rgba(20, 184, 166, 0.16)',
    underline: '#0d9488',
    underlineStyle: 'solid',
    defaultOn: true,
  }),
  cat({
    id: 'claim',
    label: 'Unconfirmed claims',
    description: 'Hedged, anonymously sourced or disputed claims',
    background: 'rgba(239, 68, 68, 0.10)',
    underline: '#dc2626',
    underlineStyle: 'wavy',
    defaultOn: true,
  }),
];

export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

export function category(id: CategoryId): Category {
  const found = CATEGORIES.find((c) => c.id === id);
  if (!found) throw new Error(`unknown category ${id}`);
  return found;
}
