// The printable report: the popup's answers laid out for a page and for paper (scorecard, unconfirmed claims,
// who said what, and the key to the colours used on the page). Static: reads a PageState, sends nothing.
import { CATEGORIES } from '@/lib/categories';
import type { PageState } from '@/lib/messages';
import { claimsInOrder } from '@/lib/navigate';
import { actorRole, groupBySpeaker, reasonText, speakerLabel, statementMark, statementText } from '@/lib/summary';
import type { Analysis } from '@/lib/types';
import { Swatch } from './category-toggles';
import { PageKindLabel } from './page-kind';
import { Scorecard } from './scorecard';

export interface ReportProps {
  /** The page's state, or null while it is asked (or when its tab no longer answers). */
  state: PageState | null;
  title: string;
  url?: string;
  /** Shown under the title: when the report was made. */
  date: Date;
  /** Why there is no report: the tab is gone, or not analysed. */
  problem?: string;
  onPrint?: () => void;
}

/** The whole report page. */
export function Report({ state, title, url, date, problem, onPrint }: ReportProps) {
  const analysis = state?.status === 'ready' ? state.analysis : undefined;
  return (
    <div class="report">
      <header class="report-head">
        <p class="brand">Sourcelight report</p>
        <h1>{title || 'Untitled page'}</h1>
        <p class="muted">
          {url && (
            <>
              <span class="report-url">{url}</span>
              <br />
            </>
          )}
          Made on {date.toLocaleString()} from the page as it was read in this browser. Nothing was sent anywhere.
        </p>
        {onPrint && analysis && (
          <button type="button" class="button button-primary no-print" onClick={onPrint}>
            Print or save as PDF
          </button>
        )}
      </header>
      <main>
        {!analysis && (
          <p class="notice" role="status">
            {problem ?? 'Reading the page…'}
          </p>
        )}
        {state?.pageKind && <PageKindLabel kind={state.pageKind} />}
        {analysis && (
          <>
            <Scorecard analysis={analysis} />
            <ReportClaims analysis={analysis} />
            <ReportSpeakers analysis={analysis} />
          </>
        )}
        <ColourKey />
      </main>
    </div>
  );
}

function ReportClaims({ analysis }: { analysis: Analysis }) {
  const claims = claimsInOrder(analysis);
  return (
    <section class="section" aria-labelledby="claims-heading">
      <h2 id="claims-heading">Unconfirmed claims</h2>
      {claims.length === 0 ? (
        <p class="muted">No unconfirmed claims found.</p>
      ) : (
        <ol class="report-claims">
          {claims.map((c, i) => (
            <li key={`${c.span.start}-${i}`} class="claim">
              <p class="said">{c.span.text.replace(/\s+/g, ' ').trim()}</p>
              <p class="reasons-line">{c.reasons.map(reasonText).join('; ')}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function ReportSpeakers({ analysis }: { analysis: Analysis }) {
  const groups = groupBySpeaker(analysis);
  return (
    <section class="section" aria-labelledby="who-heading">
      <h2 id="who-heading">Who said what</h2>
      {groups.length === 0 && <p class="muted">No attributed statements found.</p>}
      {groups.map((g) => {
        const actor = analysis.actors.find((a) => a.name === g.speaker);
        const role = actor ? actorRole(analysis.text, actor) : undefined;
        return (
          <section key={`${g.anonymous}|${g.speaker}`} class={g.anonymous ? 'speaker speaker-anon' : 'speaker'}>
            <h3 class="speaker-name">
              {speakerLabel(g)}
              {role && <span class="speaker-role"> · {role}</span>}
            </h3>
            <ul class="statements">
              {g.statements.map((s, i) => (
                <li key={`${s.content.start}-${i}`} class="statement">
                  <span class="mark">{statementMark(s)}</span>{' '}
                  <span class="said">
                    {s.direct ? `“${statementText(s).replace(/\s+/g, ' ').trim()}”` : statementText(s)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

/** Each category as the page draws it, with what it marks. */
export function ColourKey() {
  return (
    <section class="section" aria-labelledby="key-heading">
      <h2 id="key-heading">Key to the colours on the page</h2>
      <dl class="key">
        {CATEGORIES.map((c) => (
          <div key={c.id} class="key-row">
            <dt>
              <Swatch category={c} />
            </dt>
            <dd>{c.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
