// One statement or claim in the popup: a button that reveals it in the page, and for long text a
// "Show more" button that expands it in place. Shows text only; the caller decides what reveal does.
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { shorten } from '@/lib/summary';

/** Longer statements are shortened to this many characters until expanded. */
export const SHORT_CHARS = 160;

export interface RevealTextProps {
  text: string;
  /** Wrap in quotation marks (a direct quote). */
  quoted?: boolean;
  /** Shown before the text inside the button, e.g. a "Quoted" / "Reported" mark. */
  mark?: ComponentChildren;
  onReveal: () => void;
}

/** A clickable stretch of article text, shortened with a way to expand. */
export function RevealText({ text, quoted = false, mark, onReveal }: RevealTextProps) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const full = text.replace(/\s+/g, ' ').trim();
  const short = shorten(full, SHORT_CHARS);
  const long = short !== full;
  const shown = expanded || !long ? full : short;
  return (
    <div class="reveal-text">
      <button type="button" class="reveal" onClick={onReveal} title="Show in the page">
        {mark}
        <span class="sr-only">Show in page: </span>
        <span id={id} class={quoted ? 'said said-quoted' : 'said'}>
          {quoted ? `“${shown}”` : shown}
        </span>
        <span class="go" aria-hidden="true">
          {' '}
          <span class="go-words">Show in page </span>›
        </span>
      </button>
      {long && (
        <button
          type="button"
          class="more"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show less' : 'Show more'}
        </button>
      )}
    </div>
  );
}
