// The sourcing scorecard, first in the popup: unconfirmed claims, then statements from named and unnamed
// sources, quoted and reported. Every count is a link to the list it counts, filtered to it. Reads an Analysis.
import { type Scorecard as Score, type StatementFilter, scorecard } from '@/lib/summary';
import type { Analysis } from '@/lib/types';

export interface ScorecardProps {
  analysis: Pick<Analysis, 'attributions' | 'claims'>;
  /** Go to the claims; omitted (the printed report): the links are plain in-page links. */
  onClaims?: () => void;
  /** Go to "Who said what", showing only the statements this count stands for. */
  onStatements?: (filter: StatementFilter) => void;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

interface Tile {
  key: string;
  count: number;
  label: string;
  filter?: StatementFilter;
  tone?: string;
}

function tiles(s: Score): Tile[] {
  return [
    {
      key: 'claims',
      count: s.claims,
      label: plural(s.claims, 'unconfirmed claim', 'unconfirmed claims'),
      tone: 'claim',
    },
    { key: 'named', count: s.named, label: 'from named sources', filter: 'named' },
    { key: 'unnamed', count: s.unnamed, label: 'from unnamed sources', filter: 'unnamed', tone: 'anon' },
    { key: 'quoted', count: s.quoted, label: 'quoted', filter: 'quoted' },
    { key: 'reported', count: s.reported, label: 'reported', filter: 'reported' },
  ];
}

/** Five counts as links, with the number of statements above them. */
export function Scorecard({ analysis, onClaims, onStatements }: ScorecardProps) {
  const s = scorecard(analysis);
  return (
    <section class="section scorecard" aria-labelledby="score-heading">
      <h2 id="score-heading">
        Sourcing: {s.statements} {plural(s.statements, 'statement', 'statements')}
      </h2>
      <ul class="score-tiles" aria-labelledby="score-heading">
        {tiles(s).map((t) => (
          <li key={t.key} class={t.tone ? `score-tile score-${t.tone}` : 'score-tile'}>
            <a
              href={t.filter ? '#who-heading' : '#claims-heading'}
              class="score-link"
              onClick={(e) => {
                const go = t.filter ? onStatements && (() => onStatements(t.filter!)) : onClaims;
                if (!go) return;
                e.preventDefault();
                go();
              }}
            >
              <span class="score-count">{t.count}</span> <span class="score-label">{t.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
