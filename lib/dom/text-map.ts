// One text snapshot of an article with its position map: text offset <-> (Text node, offset). The snapshot
// is what gets analysed; the map turns analysis spans back into DOM ranges and caret positions into offsets.
// Reads the DOM, never writes it. Works on any DOM (the live page, linkedom in Node, happy-dom in tests).

/** A run of snapshot characters that map one to one onto a run of characters of one Text node. */
export interface Segment {
  /** Offset in the snapshot text. */
  start: number;
  node: Text;
  /** Offset in node.data of the first character. */
  offset: number;
  length: number;
}

/** A position in the DOM, as Range boundaries take it. */
export interface DomPoint {
  node: Text;
  offset: number;
}

const isSpace = (code: number): boolean =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0;

/**
 * Characters a reader never sees: zero-width space, non-joiner and joiner, word joiner, byte-order mark and
 * soft hyphen. They are left out of the snapshot (neither a letter nor a space), so "Bar\u200Back" reads
 * "Barack" and "1\u200B000" reads "1000", as on screen.
 */
const isInvisible = (code: number): boolean =>
  code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0xad;

/**
 * Builds the snapshot: text nodes are appended with white space collapsed (runs of spaces, tabs, newlines
 * and no-break spaces become one ' '), invisible characters dropped, and block boundaries become one '\n' so that sentences never merge
 * across paragraphs. Separator characters map to no node. Append-only, so incremental additions (live
 * blogs, "load more") keep every earlier offset valid.
 */
export class TextMap {
  private parts: string[] = [];
  private joined = '';
  private dirty = false;
  private len = 0;
  private last = 0; // char code of the last character emitted (0 = nothing yet)
  private pendingSpace: DomPoint | null = null;
  readonly segments: Segment[] = [];
  private byNode = new WeakMap<Text, number[]>();

  get length(): number {
    return this.len;
  }

  get text(): string {
    if (this.dirty) {
      this.joined = this.parts.join('');
      this.parts = [this.joined];
      this.dirty = false;
    }
    return this.joined;
  }

  /** Whether this text node is already part of the snapshot. */
  has(node: Text): boolean {
    return this.byNode.has(node);
  }

  /** A block boundary: one '\n' unless the snapshot is empty or already ends with one. */
  blockBreak(): void {
    this.pendingSpace = null;
    if (this.len > 0 && this.last !== 10) this.emitVirtual('\n');
  }

  /** Append a text node's characters, collapsing white space. */
  appendText(node: Text): void {
    const data = node.data;
    if (!this.byNode.has(node)) this.byNode.set(node, []);
    let i = 0;
    const n = data.length;
    while (i < n) {
      const code = data.charCodeAt(i);
      if (isInvisible(code)) {
        i++;
        continue;
      }
      if (isSpace(code)) {
        if (this.len > 0 && this.last !== 10 && this.last !== 32 && !this.pendingSpace) {
          this.pendingSpace = { node, offset: i };
        }
        i++;
        continue;
      }
      if (this.pendingSpace) {
        this.emitMapped(' ', this.pendingSpace.node, this.pendingSpace.offset);
        this.pendingSpace = null;
      }
      // a run of non-space characters maps one to one
      let j = i + 1;
      while (j < n && !isSpace(data.charCodeAt(j)) && !isInvisible(data.charCodeAt(j))) j++;
      this.emitMapped(data.slice(i, j), node, i);
      i = j;
    }
  }

  private emitVirtual(s: string): void {
    this.parts.push(s);
    this.dirty = true;
    this.len += s.length;
    this.last = s.charCodeAt(s.length - 1);
  }

  private emitMapped(s: string, node: Text, offset: number): void {
    const prev = this.segments[this.segments.length - 1];
    if (prev && prev.node === node && prev.start + prev.length === this.len && prev.offset + prev.length === offset) {
      prev.length += s.length;
    } else {
      this.segments.push({ start: this.len, node, offset, length: s.length });
      let list = this.byNode.get(node);
      if (!list) {
        list = [];
        this.byNode.set(node, list);
      }
      list.push(this.segments.length - 1);
    }
    this.parts.push(s);
    this.dirty = true;
    this.len += s.length;
    this.last = s.charCodeAt(s.length - 1);
  }

  /** Index of the first segment that ends after `offset` (segments are sorted and disjoint). */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.segments[mid]!;
      if (s.start + s.length <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * DOM boundaries of the snapshot range [start, end), or null when it covers no mapped character or the
   * page changed the nodes since (offsets past a node's length; `check` false skips that test, for callers
   * that split nodes themselves and translate the points).
   */
  toDom(start: number, end: number, check = true): { start: DomPoint; end: DomPoint } | null {
    if (!(end > start) || start < 0) return null;
    const i = this.firstEndingAfter(start);
    const first = this.segments[i];
    if (!first || first.start >= end) return null;
    // last segment starting before end
    let j = this.firstEndingAfter(end - 1);
    let last = this.segments[j];
    if (!last || last.start >= end) {
      j--;
      last = this.segments[j];
    }
    if (!last || j < i) return null;
    const s = { node: first.node, offset: first.offset + Math.max(0, start - first.start) };
    const e = { node: last.node, offset: last.offset + Math.min(last.length, end - last.start) };
    if (check && (s.offset > s.node.length || e.offset > e.node.length)) return null;
    return { start: s, end: e };
  }

  /** Snapshot offset of a DOM position inside a mapped text node (nearest mapped character), or null. */
  fromDom(node: Node, offset: number): number | null {
    const list = this.byNode.get(node as Text);
    if (!list || list.length === 0) return null;
    let best: number | null = null;
    for (const idx of list) {
      const s = this.segments[idx]!;
      if (offset >= s.offset && offset <= s.offset + s.length) return s.start + (offset - s.offset);
      if (offset > s.offset + s.length) best = s.start + s.length;
      else if (best === null) best = s.start;
    }
    return best;
  }
}
