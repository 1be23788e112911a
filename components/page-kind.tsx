// A label for an article that is not straight news (the content script reads the page's own section, schema
// and labels): a reader should know that an opinion piece's claims are the writer's view.
import type { PageState } from '@/lib/messages';

export interface PageKindLabelProps {
  kind: NonNullable<PageState['pageKind']>;
}

const LABEL: Record<'opinion' | 'analysis', string> = {
  opinion: 'Opinion piece: its claims are the writer’s own view',
  analysis: 'Analysis: the writer interprets the news, so some claims are their reading of it',
};

/** Nothing for news; a labelled note for opinion and analysis, with what the page said, when known. */
export function PageKindLabel({ kind }: PageKindLabelProps) {
  if (kind.genre === 'news') return null;
  return (
    <p class={`page-kind page-kind-${kind.genre}`} role="note">
      <strong>{LABEL[kind.genre]}</strong>
      {kind.why && <span class="muted"> ({kind.why})</span>}
    </p>
  );
}
