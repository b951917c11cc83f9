import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows rendered above and below the visible ones, so a short scroll shows no gap. */
const OVERSCAN = 8;
/** Until the row and the scroller have been measured. */
const DEFAULT_ROW_HEIGHT = 48;
const DEFAULT_VISIBLE_ROWS = 20;

function rowHeight(container: HTMLElement): number {
  return (container.firstElementChild as HTMLElement | null)?.offsetHeight || DEFAULT_ROW_HEIGHT;
}

/** The height of one row, and where the rows' container starts in its scroller's content. */
function rowGeometry(container: HTMLElement, scroller: HTMLElement) {
  return {
    rowHeight: rowHeight(container),
    top:
      container.getBoundingClientRect().top -
      scroller.getBoundingClientRect().top +
      scroller.scrollTop,
  };
}

/**
 * Which rows of a long, uniform list to render: only those in (or near) the view of the scrolling
 * parent of the rows' container, which it sizes to the whole list so the scrollbar tells the
 * truth. Rows must all have one height (the roster fixes it in CSS), which makes the visible range
 * plain arithmetic: a few dozen lines instead of a general-purpose virtualizer. The host renders
 * `slice(items)` and passes the scroller's scroll events to `handleScroll`.
 */
export class RowWindow implements ReactiveController {
  private count = 0;
  private first = 0;
  /** The rendered range, `first-last`: a scroll within it needs no render. */
  private range = '';
  private observed: HTMLElement | null = null;
  private readonly resizeObserver = new ResizeObserver(() => {
    this.handleScroll();
  });

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The rows' container, once rendered. */
    private readonly container: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  /** The rows to render now, and the index of the first of them. */
  slice<T>(items: readonly T[]): { first: number; rows: readonly T[] } {
    this.count = items.length;
    const [first, last] = this.visibleRange();
    this.first = first;
    this.range = `${first}-${last}`;
    return { first, rows: items.slice(first, last) };
  }

  readonly handleScroll = (): void => {
    if (this.visibleRange().join('-') !== this.range) this.host.requestUpdate();
  };

  /**
   * Scrolls the least that shows a row, rendered or not, whole: below whatever sits above the
   * rows (a sticky header), and above the bottom edge. Its top edge wins in a very short scroller.
   */
  scrollToRow(row: number): void {
    const container = this.container();
    const scroller = container?.parentElement;
    if (!container || !scroller) return;
    const { rowHeight, top } = rowGeometry(container, scroller);
    const rowTop = top + row * rowHeight;
    scroller.scrollTop = Math.min(
      Math.max(scroller.scrollTop, rowTop + rowHeight - scroller.clientHeight),
      row * rowHeight,
    );
  }

  hostUpdated(): void {
    const container = this.container();
    const scroller = container?.parentElement ?? null;
    if (container) {
      const height = rowHeight(container);
      container.style.height = `${this.count * height}px`;
      container.style.paddingTop = `${this.first * height}px`;
    }
    if (scroller !== this.observed) {
      // A new grid was rendered: measure it once laid out, and again whenever it is resized.
      this.resizeObserver.disconnect();
      if (scroller) this.resizeObserver.observe(scroller);
      this.observed = scroller;
    }
  }

  hostConnected(): void {
    if (this.observed) this.resizeObserver.observe(this.observed);
  }

  hostDisconnected(): void {
    this.resizeObserver.disconnect();
  }

  private visibleRange(): [first: number, last: number] {
    const container = this.container();
    const scroller = container?.parentElement;
    let visible = DEFAULT_VISIBLE_ROWS;
    let scrolled = 0;
    if (container && scroller) {
      const { rowHeight, top } = rowGeometry(container, scroller);
      visible = Math.ceil((scroller.clientHeight || DEFAULT_VISIBLE_ROWS * rowHeight) / rowHeight);
      scrolled = Math.floor((scroller.scrollTop - top) / rowHeight);
    }
    // A list that just shrank under an old scroll position still shows its last rows.
    const first = Math.max(0, Math.min(scrolled, this.count - visible) - OVERSCAN);
    return [first, Math.min(this.count, first + visible + 2 * OVERSCAN)];
  }
}
