// One switch per annotation category, derived from the registry in lib/categories.ts: its label, its
// count on this page and its highlight style as a swatch. Writes nothing itself: onToggle does.
import { CATEGORIES, type Category, type CategoryId } from '@/lib/categories';

export interface CategoryTogglesProps {
  /** Which categories are drawn (settings.categories). */
  enabled: Record<CategoryId, boolean>;
  /** Highlights per category on this page; omitted before the page is analysed. */
  counts?: Record<CategoryId, number>;
  onToggle: (id: CategoryId, on: boolean) => void;
}

/** The category's highlight as drawn in the page: background tint and underline style. */
export function Swatch({ category }: { category: Category }) {
  return (
    <span
      class="swatch"
      aria-hidden="true"
      style={{
        background: category.background,
        textDecorationLine: 'underline',
        textDecorationColor: category.underline,
        textDecorationStyle: category.underlineStyle,
      }}
    >
      Ab
    </span>
  );
}

/** The category switches with counts and swatches. */
export function CategoryToggles({ enabled, counts, onToggle }: CategoryTogglesProps) {
  return (
    <section class="section toggles-section" aria-labelledby="toggles-heading">
      <h2 id="toggles-heading">Highlights</h2>
      <ul class="toggles" aria-labelledby="toggles-heading">
        {CATEGORIES.map((c) => (
          <li key={c.id}>
            <label class="toggle" title={c.description}>
              <input
                type="checkbox"
                role="switch"
                checked={enabled[c.id]}
                aria-checked={enabled[c.id]}
                onChange={(e) => onToggle(c.id, e.currentTarget.checked)}
              />
              <Swatch category={c} />
              <span class="toggle-label">{c.label}</span>
              {counts && <span class="count">{counts[c.id]}</span>}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
