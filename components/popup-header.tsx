// The popup's header, kept to two lines so that the answers start near the top: the article's title, and the
// site under the brand. What was found is the scorecard's job.

export interface PopupHeaderProps {
  title: string;
  site: string;
}

/** Title and site. */
export function PopupHeader({ title, site }: PopupHeaderProps) {
  return (
    <header class="header">
      <p class="brand">
        {title && 'Sourcelight'}
        {title && site && ' · '}
        {site && <span class="site">{site}</span>}
      </p>
      {title ? <h1 class="title">{title}</h1> : <h1 class="brand">Sourcelight</h1>}
    </header>
  );
}
