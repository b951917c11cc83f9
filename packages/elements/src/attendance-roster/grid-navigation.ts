import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows moved by Page Up / Page Down. */
const PAGE_ROWS = 10;

const clamp = (value: number, max: number): number => Math.max(0, Math.min(value, max));

/**
 * Keyboard navigation of a data grid whose rows may not all be in the DOM (windowed): the grid
 * keeps the focus and points `aria-activedescendant` at the active cell, so focus never falls
 * out of the grid when a row scrolls away. Arrow keys, Home/End, Ctrl+Home/End and Page Up/Down
 * move the active cell; Enter or Space presses the button in it.
 *
 * `aria-activedescendant` is set by hand, after each render: it may only name a cell that is in
 * the DOM, which the template cannot tell.
 */
export class GridNavigation implements ReactiveController {
  row = 0;
  column = 0;
  private rowCount = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly columnCount: number,
    /** The grid element, once rendered. */
    private readonly grid: () => HTMLElement | null,
    /** Brings a row into view (it may not be rendered yet). */
    private readonly scrollToRow: (row: number) => void,
  ) {
    host.addController(this);
  }

  /** Rows come and go only with the host's renders. */
  hostUpdated(): void {
    this.syncActiveDescendant();
  }

  /** Names the active cell while it is in the DOM. */
  private syncActiveDescendant(): void {
    const grid = this.grid();
    const id = this.cellId(this.row, this.column);
    if (grid?.querySelector(`#${id}`)) grid.setAttribute('aria-activedescendant', id);
    else grid?.removeAttribute('aria-activedescendant');
  }

  /** Tells the controller how many rows there are now; the active row stays inside them. */
  setRowCount(count: number): void {
    this.rowCount = count;
    this.row = clamp(this.row, count - 1);
  }

  reset(): void {
    this.row = 0;
    this.column = 0;
  }

  cellId(row: number, column: number): string {
    return `cell-${row}-${column}`;
  }

  isActive(row: number, column: number): boolean {
    return row === this.row && column === this.column;
  }

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (this.rowCount === 0) return;
    const { row, column } = this;
    const ctrl = event.ctrlKey || event.metaKey;
    // Where each key moves the active cell; moveTo keeps it inside the grid.
    const moves: Partial<Record<string, [number, number]>> = {
      ArrowDown: [row + 1, column],
      ArrowUp: [row - 1, column],
      ArrowRight: [row, column + 1],
      ArrowLeft: [row, column - 1],
      PageDown: [row + PAGE_ROWS, column],
      PageUp: [row - PAGE_ROWS, column],
      Home: [ctrl ? 0 : row, 0],
      End: [ctrl ? this.rowCount - 1 : row, this.columnCount - 1],
    };
    const move = moves[event.key];
    if (move) {
      this.moveTo(...move);
    } else if (event.key === 'Enter' || event.key === ' ') {
      // A button that has the focus itself (after a click) presses on its own.
      if (event.composedPath()[0] instanceof HTMLButtonElement) return;
      this.grid()
        ?.querySelector<HTMLElement>(`#${this.cellId(row, column)} button`)
        ?.click();
    } else {
      return;
    }
    event.preventDefault();
  };

  /** Makes a cell the active one (on a key press, or when it is clicked) and scrolls to it. */
  moveTo(row: number, column: number): void {
    this.row = clamp(row, this.rowCount - 1);
    this.column = clamp(column, this.columnCount - 1);
    this.scrollToRow(this.row);
    this.host.requestUpdate();
  }
}
