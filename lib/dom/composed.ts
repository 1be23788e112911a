// The children a reader sees rendered under a node: the content of an open shadow root instead of the
// host's light DOM (which shows only through the root's <slot>s), a slot's assigned nodes (or its fallback
// content), and the body of a same-origin <iframe>. Article extraction walks this composed tree, so an
// article inside web components or a same-origin frame is read with the same position map. Closed shadow
// roots and other origins' frames stay out of reach, as the platform intends. Reads the DOM only.

type Kids = ArrayLike<Node>;

const NONE: Kids = [];

/** The body of a same-origin frame, or null (another origin, not loaded, or no access). */
export function frameBody(el: Element): HTMLElement | null {
  try {
    return (el as HTMLIFrameElement).contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

export function composedChildren(node: Node): Kids {
  if (node.nodeType !== 1) return node.childNodes ?? NONE;
  const el = node as Element;
  const tag = el.localName;
  if (tag === 'iframe') {
    const body = frameBody(el);
    return body ? [body] : NONE;
  }
  if (tag === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true });
    if (assigned && assigned.length > 0) return assigned;
    return el.childNodes ?? NONE;
  }
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (shadow) return shadow.childNodes;
  return el.childNodes ?? NONE;
}

/** Has this element a rendered tree of its own (an open shadow root, or a same-origin frame's body)? */
export function hostsTree(el: Element): boolean {
  if (el.localName === 'iframe') return frameBody(el) !== null;
  return !!(el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
}

/**
 * The parent in the composed tree: through a shadow root to its host. Never out of a frame: an article is
 * chosen, walked and drawn within one document.
 */
export function composedParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const up = node.parentNode;
  return up && up.nodeType === 11 ? ((up as ShadowRoot).host ?? null) : null;
}

/** The element children in the composed tree (see composedChildren). */
export function composedElements(node: Node): Element[] {
  const out: Element[] = [];
  const kids = composedChildren(node);
  for (let i = 0; i < kids.length; i++) if (kids[i]!.nodeType === 1) out.push(kids[i] as Element);
  return out;
}
