// "Unconfirmed claims": each claim the article does not establish, with why (hedged, anonymous source,
// disputed), in text order, with previous / next buttons that step through them on the page. Reads an
// Analysis; talks to nothing: the caller sends the steps.
import type { Direction } from '@/lib/navigate';
import { claimsInOrder } from '@/lib/navigate';
import { reasonText } from '@/lib/summary';
import type { Analysis, Span } from '@/lib/types';
import { RevealText } from './reveal-text';

export interface ClaimListProps {
  analysis: Analysis;
  /** Which claim (index in text order) the page shows now, if any. */
  current?: number | null;
  onReveal: (span: Span, index: number) => void;
  /** Previous / next claim on the page; omitted: no buttons. */
  onStep?: (direction: Direction) => void;
}

/** The previous / next buttons, with the popup's keys for them (components/popup.tsx). */
const STEPS: { direction: Direction; label: string; keys: string[]; arrow: string }[] = [
  { direction: 'prev', label: 'Previous claim', keys: ['p', 'k'], arrow: '↑' },
  { direction: 'next', label: 'Next claim', keys: ['n', 'j'], arrow: '↓' },
];

/** The unconfirmed claims with their reasons. */
export function ClaimList({ analysis, current = null, onReveal, onStep }: ClaimListProps) {
  const claims = claimsInOrder(analysis);
  return (
    <section class="section" aria-labelledby="claims-heading">
      <div class="section-head">
        <h2 id="claims-heading" tabIndex={-1}>
          Unconfirmed claims
        </h2>
        {onStep && claims.length > 0 && (
          // biome-ignore lint/a11y/useSemanticElements: a toolbar of two buttons, not a form group
          <div class="claim-nav" role="group" aria-label="Go through the claims on the page">
            <span class="claim-pos muted" aria-live="polite">
              {current === null ? '' : `${current + 1} of ${claims.length}`}
            </span>
            {STEPS.map((b) => (
              <button
                key={b.direction}
                type="button"
                class="nav-button"
                onClick={() => onStep(b.direction)}
                aria-label={b.label}
                aria-keyshortcuts={b.keys.join(' ')}
                title={`${b.label} (${b.keys.join(' or ')})`}
              >
                <span aria-hidden="true">{b.arrow}</span>
              </button>
            ))}
          </div>
        )}
      </div>
      {claims.length === 0 ? (
        <p class="muted">No unconfirmed claims found.</p>
      ) : (
        <ol class="claims" aria-labelledby="claims-heading">
          {claims.map((c, i) => (
            <li
              key={`${c.span.start}-${c.span.end}-${i}`}
              class={i === current ? 'claim claim-current' : 'claim'}
              aria-current={i === current ? 'true' : undefined}
            >
              <RevealText text={c.span.text} onReveal={() => onReveal(c.span, i)} />
              {c.reasons.length > 0 && (
                <ul class="reasons" aria-label="Why it is unconfirmed">
                  {c.reasons.map((r, i) => (
                    <li key={`${r.kind}-${i}`} class={`reason reason-${r.kind}`}>
                      {reasonText(r)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
