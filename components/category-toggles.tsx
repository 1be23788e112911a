// One switch per annotation category, derived from the registry in lib/categories.ts: its label drawn in
// its highlight style (the swatch) and its count on this page. Writes nothing itself: onToggle does.
import { CATEGORIES, type Category, type CategoryId } from '@/lib/categories';
import type { Density } from '@/lib/density';

export interface CategoryTogglesProps {
  /** Which categories are drawn (settings.categories). */
  enabled: Record<CategoryId, boolean>;
  /** Highlights per category on this page; omitted before the page is analysed. */
  counts?: Record<CategoryId, number>;
  onToggle: (id: CategoryId, on: boolean) => void;
  /** settings.density: 'all' draws every mention and figure, 'quiet' the ones that answer who said what. */
  density?: Density;
  onDensity?: (density: Density) => void;
}

/** The category's label drawn as the page draws its highlights: background tint, line (under or over) and its style. */
export function Swatch({ category }: { category: Category }) {
  return (
    <span
      class="swatch"
      style={{
        background: category.background,
        textDecorationLine: category.line ?? 'underline',
        textDecorationColor: category.underline,
        textDecorationStyle: category.underlineStyle,
      }}
    >
      {category.label}
    </span>
  );
}

/** The category switches with counts and swatches. */
export function CategoryToggles({ enabled, counts, onToggle, density, onDensity }: CategoryTogglesProps) {
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
              <span class="toggle-label">
                <Swatch category={c} />
              </span>
              {counts && <span class="count">{counts[c.id]}</span>}
            </label>
          </li>
        ))}
        {density && onDensity && (
          <li key="density">
            <label
              class="toggle"
              title="Off: claims, sourcing and the first mention of who matters. On: everything found."
            >
              <input
                type="checkbox"
                role="switch"
                checked={density === 'all'}
                aria-checked={density === 'all'}
                onChange={(e) => onDensity(e.currentTarget.checked ? 'all' : 'quiet')}
              />
              <span class="toggle-label">Every mention and figure</span>
            </label>
          </li>
        )}
      </ul>
    </section>
  );
}
