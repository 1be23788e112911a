// The popup's message for every state that is not a finished analysis: connecting, analysing (with
// progress), not an article, nothing found, paused, a page the extension may not touch, errors.
// Never blank: every state has words and, where there is one, an action.
import type { ComponentChildren } from 'preact';

export type StatusTone = 'busy' | 'info' | 'warn' | 'error';

export interface StatusPanelProps {
  tone: StatusTone;
  heading: string;
  children?: ComponentChildren;
  /** 0..1 while analysing long pages; undefined shows an indeterminate indicator when busy. */
  progress?: number;
  /** A button for the reader's next step. */
  action?: { label: string; onClick: () => void };
}

/** A titled notice with an optional progress bar and action button. */
export function StatusPanel({ tone, heading, children, progress, action }: StatusPanelProps) {
  const live = tone === 'error' ? 'assertive' : 'polite';
  return (
    <section class={`notice notice-${tone}`} aria-labelledby="notice-heading">
      <div role={tone === 'error' ? 'alert' : 'status'} aria-live={live}>
        <h2 id="notice-heading" class="notice-heading">
          {tone === 'busy' && <span class="spinner" aria-hidden="true" />}
          {heading}
        </h2>
        {children && <div class="notice-body">{children}</div>}
      </div>
      {tone === 'busy' && progress !== undefined && (
        <div class="progress-row">
          <progress max={1} value={progress} aria-label="Analysis progress" />
          <span class="muted">{Math.round(progress * 100)}%</span>
        </div>
      )}
      {action && (
        <button type="button" class="button button-primary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </section>
  );
}
