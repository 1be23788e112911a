// "Who said what": speakers grouped, most statements first, each with their statements marked quoted,
// reported, denied or declined ("Would not confirm"). Anonymous sources are marked as such. Reads an Analysis; talks to nothing.
import { useId, useState } from 'preact/hooks';
import {
  actorRole,
  groupBySpeaker,
  keepStatement,
  type SpeakerGroup,
  type StatementFilter,
  statementMark,
  statementText,
} from '@/lib/summary';
import type { Analysis, Attribution, Span } from '@/lib/types';
import { RevealText } from './reveal-text';

/** Statements shown per speaker before "Show N more": a prolific speaker must not bury the others. */
export const STATEMENTS_SHOWN = 3;

export interface SpeakerListProps {
  analysis: Analysis;
  onReveal: (span: Span) => void;
  /** Show only the statements one scorecard count stands for. */
  filter?: StatementFilter;
  onClearFilter?: () => void;
}

/** What a filtered list says it shows. */
export const FILTER_TEXT: Record<Exclude<StatementFilter, 'all'>, string> = {
  named: 'statements from named sources',
  unnamed: 'statements from unnamed sources',
  quoted: 'quoted statements',
  reported: 'reported statements',
};

const KIND_LABEL: Record<string, string> = { organization: 'organisation', place: 'place', group: 'group' };
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const markClass = (s: Attribution) =>
  s.act === 'deny'
    ? 'mark mark-denied'
    : s.act === 'decline' || s.negated
      ? 'mark mark-declined'
      : s.direct
        ? 'mark mark-quoted'
        : 'mark mark-reported';

/** Speakers and their statements, as a list of lists. */
export function SpeakerList({ analysis, onReveal, filter = 'all', onClearFilter }: SpeakerListProps) {
  const groups = groupBySpeaker({
    actors: analysis.actors,
    attributions: analysis.attributions.filter((a) => keepStatement(filter, a)),
  });
  return (
    <section class="section" aria-labelledby="who-heading">
      <h2 id="who-heading" tabIndex={-1}>
        Who said what
      </h2>
      {filter !== 'all' && (
        <p class="filter-note" role="status">
          Showing only {FILTER_TEXT[filter]}.{' '}
          <button type="button" class="more" onClick={onClearFilter}>
            Show all
          </button>
        </p>
      )}
      {groups.length === 0 ? (
        <p class="muted">No attributed statements found.</p>
      ) : (
        <ul class="speakers" aria-labelledby="who-heading">
          {groups.map((g) => (
            <SpeakerItem key={`${g.anonymous}|${g.speaker}`} group={g} analysis={analysis} onReveal={onReveal} />
          ))}
        </ul>
      )}
    </section>
  );
}

interface SpeakerItemProps {
  group: SpeakerGroup;
  analysis: Analysis;
  onReveal: (span: Span) => void;
}

/** One speaker: name (anonymous marked), role or kind, and their statements. */
function SpeakerItem({ group: g, analysis, onReveal }: SpeakerItemProps) {
  const listId = useId();
  const [all, setAll] = useState(false);
  const actor = analysis.actors.find((a) => a.name === g.speaker);
  const role = actor ? actorRole(analysis.text, actor) : undefined;
  const kind = g.kind ? KIND_LABEL[g.kind] : undefined;
  const quoted = g.statements.filter((s) => s.direct).length;
  // hiding a single statement behind a button saves nothing
  const collapsible = g.statements.length > STATEMENTS_SHOWN + 1;
  const shown = collapsible && !all ? g.statements.slice(0, STATEMENTS_SHOWN) : g.statements;
  return (
    <li class={g.anonymous ? 'speaker speaker-anon' : 'speaker'}>
      <div class="speaker-head">
        <h3 class="speaker-name">
          {g.speaker}
          {g.anonymous && (
            <span class="tag tag-anon">
              <span class="sr-only"> (</span>anonymous<span class="sr-only">)</span>
            </span>
          )}
        </h3>
        <span class="speaker-count">
          {plural(g.statements.length, 'statement', 'statements')}
          {quoted > 0 && quoted < g.statements.length ? `, ${quoted} quoted` : ''}
        </span>
      </div>
      {(role || kind) && <p class="speaker-role">{role ?? kind}</p>}
      <ul id={listId} class="statements" aria-label={`Statements by ${g.speaker}`}>
        {shown.map((s, i) => (
          <li key={`${s.content.start}-${s.content.end}-${i}`} class="statement">
            <RevealText
              text={statementText(s)}
              quoted={s.direct}
              mark={
                <span class={markClass(s)}>
                  {statementMark(s)}
                  <span class="sr-only">: </span>
                </span>
              }
              onReveal={() => onReveal(s.content)}
            />
          </li>
        ))}
      </ul>
      {collapsible && (
        <button
          type="button"
          class="more more-statements"
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll(!all)}
        >
          {all ? 'Show fewer statements' : `Show ${g.statements.length - STATEMENTS_SHOWN} more statements`}
        </button>
      )}
    </li>
  );
}
