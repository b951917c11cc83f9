import { noChange, type TemplateResult } from 'lit';
import { AsyncDirective, directive, type ChildPart } from 'lit/async-directive.js';
import { repeat } from 'lit/directives/repeat.js';

export interface RowWindowOptions<T> {
  readonly items: readonly T[];
  readonly key: (item: T) => string;
  readonly renderRow: (item: T, index: number) => TemplateResult;
  /** Called after a scroll or resize rendered other rows. */
  readonly onRowsChanged: () => void;
}

/** Rows rendered above and below the visible ones, so a short scroll shows no gap. */
const OVERSCAN = 8;
/** Until the row and the scroller have been measured. */
const DEFAULT_ROW_HEIGHT = 48;
const DEFAULT_VISIBLE_ROWS = 20;

/** The height of one row, and where the rows' container starts in its scroller's content. */
export function rowGeometry(container: HTMLElement, scroller: HTMLElement) {
  const row = container.firstElementChild as HTMLElement | null;
  return {
    rowHeight: row?.offsetHeight || DEFAULT_ROW_HEIGHT,
    top:
      container.getBoundingClientRect().top -
      scroller.getBoundingClientRect().top +
      scroller.scrollTop,
  };
}

/**
 * Renders only the rows of a long, uniform list that are in (or near) the view of the scrolling
 * parent, and sizes the rows' container to the whole list so the scrollbar tells the truth.
 * Rows must all have one height (the roster fixes it in CSS), which makes the visible range plain
 * arithmetic: a few dozen lines instead of a general-purpose virtualizer. Goes where children go.
 */
class RowWindowDirective extends AsyncDirective {
  private container?: HTMLElement;
  private scroller?: HTMLElement;
  private resizeObserver?: ResizeObserver;
  private options?: RowWindowOptions<unknown>;
  /** The rendered range, `first-last`: a scroll within it renders nothing new. */
  private range = '';

  render(options: RowWindowOptions<unknown>): unknown {
    return this.rows(options, 0, DEFAULT_VISIBLE_ROWS);
  }

  override update(part: ChildPart, [options]: [RowWindowOptions<unknown>]): unknown {
    this.options = options;
    const container = part.parentNode as HTMLElement;
    if (container !== this.container) {
      // Watch the new scroller instead of the old one.
      this.disconnected();
      this.container = container;
      this.scroller = container.parentElement ?? undefined;
      if (this.isConnected) this.reconnected();
    }
    return this.windowed();
  }

  protected override disconnected(): void {
    this.scroller?.removeEventListener('scroll', this.onViewChange);
    this.resizeObserver?.disconnect();
  }

  protected override reconnected(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    scroller.addEventListener('scroll', this.onViewChange, { passive: true });
    this.resizeObserver = new ResizeObserver(this.onViewChange);
    this.resizeObserver.observe(scroller);
  }

  private readonly onViewChange = (): void => {
    const range = this.range;
    const rows = this.windowed();
    if (this.range === range) return;
    this.setValue(rows);
    this.options?.onRowsChanged();
  };

  /** Works out the visible range, sizes the container, and renders that range. */
  private windowed(): unknown {
    const { options, container, scroller } = this;
    if (!options || !container || !scroller) return noChange;
    const count = options.items.length;
    const { rowHeight, top } = rowGeometry(container, scroller);
    const viewport = scroller.clientHeight || DEFAULT_VISIBLE_ROWS * rowHeight;
    const visible = Math.ceil(viewport / rowHeight);
    // A list that just shrank under an old scroll position still shows its last rows.
    const first = Math.max(
      0,
      Math.min(Math.floor((scroller.scrollTop - top) / rowHeight), count - visible) - OVERSCAN,
    );
    const last = Math.min(count, first + visible + 2 * OVERSCAN);
    this.range = `${first}-${last}`;
    container.style.height = `${count * rowHeight}px`;
    container.style.paddingTop = `${first * rowHeight}px`;
    return this.rows(options, first, last);
  }

  private rows(options: RowWindowOptions<unknown>, first: number, last: number): unknown {
    return repeat(
      options.items.slice(first, last),
      (item) => options.key(item),
      (item, i) => options.renderRow(item, first + i),
    );
  }
}

const rowWindowDirective = directive(RowWindowDirective);

/** `rowWindow({ items, key, renderRow, onRowsChanged })`: see `RowWindowDirective`. */
export function rowWindow<T>(options: RowWindowOptions<T>): unknown {
  return rowWindowDirective(options as RowWindowOptions<unknown>);
}
