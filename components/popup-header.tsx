// The popup's header: the article's title and site, and one line on what was found.

export interface PopupHeaderProps {
  title: string;
  site: string;
  /** What was found, when the page has been analysed. */
  found?: { speakers: number; statements: number; claims: number };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Title, site and a one-line summary of the page. */
export function PopupHeader({ title, site, found }: PopupHeaderProps) {
  return (
    <header class="header">
      {title ? (
        <>
          <p class="brand">Sourcelight</p>
          <h1 class="title">{title}</h1>
        </>
      ) : (
        <h1 class="brand">Sourcelight</h1>
      )}
      {site && <p class="site">{site}</p>}
      {found && (
        <p class="found">
          {plural(found.statements, 'statement', 'statements')} from {plural(found.speakers, 'source', 'sources')}
          {' · '}
          {plural(found.claims, 'unconfirmed claim', 'unconfirmed claims')}
        </p>
      )}
    </header>
  );
}
