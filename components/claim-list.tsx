// "Unconfirmed claims": each claim the article does not establish, with why (hedged, anonymous source,
// disputed), in text order. Reads an Analysis; talks to nothing.
import { reasonText } from '@/lib/summary';
import type { Analysis, Span } from '@/lib/types';
import { RevealText } from './reveal-text';

export interface ClaimListProps {
  analysis: Analysis;
  onReveal: (span: Span) => void;
}

/** The unconfirmed claims with their reasons. */
export function ClaimList({ analysis, onReveal }: ClaimListProps) {
  const claims = [...analysis.claims].sort((a, b) => a.span.start - b.span.start);
  return (
    <section class="section" aria-labelledby="claims-heading">
      <h2 id="claims-heading">Unconfirmed claims</h2>
      {claims.length === 0 ? (
        <p class="muted">No unconfirmed claims found.</p>
      ) : (
        <ol class="claims" aria-labelledby="claims-heading">
          {claims.map((c, i) => (
            <li key={`${c.span.start}-${c.span.end}-${i}`} class="claim">
              <RevealText text={c.span.text} onReveal={() => onReveal(c.span)} />
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
