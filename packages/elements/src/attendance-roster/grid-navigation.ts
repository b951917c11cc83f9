import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows moved by Page Up / Page Down. */
const PAGE_ROWS = 10;

/**
 * Keyboard navigation of a data grid whose rows may not all be in the DOM (virtualized): the grid
 * keeps the focus and points `aria-activedescendant` at the active cell, so focus never falls
 * out of the grid when a row scrolls away. Arrow keys, Home/End, Ctrl+Home/End and Page Up/Down
 * move the active cell; Enter or Space presses the button in it.
 *
 * `aria-activedescendant` is set by hand, not in the template: it may only name a cell that is
 * in the DOM, and rows come and go as the virtualizer sees fit, between the host's renders.
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
    private readonly scrollToRow: (grid: HTMLElement, row: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: the grid's own listeners come and go with its template.
  }

  hostUpdated(): void {
    this.syncActiveDescendant();
  }

  /** For the virtualizer's `rangeChanged`: rows were added or removed. */
  readonly handleRangeChanged = (): void => {
    // The virtualizer renders the new rows in its own listener of this event; look after it.
    queueMicrotask(() => {
      this.syncActiveDescendant();
    });
  };

  private syncActiveDescendant(): void {
    const grid = this.grid();
    if (!grid) return;
    const id = this.activeCellId;
    if (id !== undefined && grid.querySelector(`#${id}`)) {
      grid.setAttribute('aria-activedescendant', id);
    } else {
      grid.removeAttribute('aria-activedescendant');
    }
  }

  /** Tells the controller how many rows there are now; the active row stays inside them. */
  setRowCount(count: number): void {
    this.rowCount = count;
    this.row = Math.max(0, Math.min(this.row, count - 1));
  }

  reset(): void {
    this.row = 0;
    this.column = 0;
  }

  cellId(row: number, column: number): string {
    return `cell-${row}-${column}`;
  }

  get activeCellId(): string | undefined {
    return this.rowCount === 0 ? undefined : this.cellId(this.row, this.column);
  }

  isActive(row: number, column: number): boolean {
    return row === this.row && column === this.column;
  }

  /** Makes a clicked cell the active one (cells carry `data-row` and `data-column`). */
  readonly handlePointerDown = (event: Event): void => {
    const cell = event
      .composedPath()
      .find((node): node is HTMLElement => node instanceof HTMLElement && 'row' in node.dataset);
    if (!cell) return;
    this.moveTo(Number(cell.dataset.row), Number(cell.dataset.column));
  };

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (this.rowCount === 0) return;
    const lastRow = this.rowCount - 1;
    const lastColumn = this.columnCount - 1;
    const ctrl = event.ctrlKey || event.metaKey;
    switch (event.key) {
      case 'ArrowDown':
        this.moveTo(this.row + 1, this.column);
        break;
      case 'ArrowUp':
        this.moveTo(this.row - 1, this.column);
        break;
      case 'ArrowRight':
        this.moveTo(this.row, this.column + 1);
        break;
      case 'ArrowLeft':
        this.moveTo(this.row, this.column - 1);
        break;
      case 'PageDown':
        this.moveTo(this.row + PAGE_ROWS, this.column);
        break;
      case 'PageUp':
        this.moveTo(this.row - PAGE_ROWS, this.column);
        break;
      case 'Home':
        this.moveTo(ctrl ? 0 : this.row, 0);
        break;
      case 'End':
        this.moveTo(ctrl ? lastRow : this.row, lastColumn);
        break;
      case 'Enter':
      case ' ':
        // A button that has the focus itself (after a click) presses on its own.
        if (event.composedPath()[0] instanceof HTMLButtonElement) return;
        this.grid()
          ?.querySelector(`#${this.cellId(this.row, this.column)}`)
          ?.querySelector('button')
          ?.click();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  private moveTo(row: number, column: number): void {
    this.row = Math.max(0, Math.min(row, this.rowCount - 1));
    this.column = Math.max(0, Math.min(column, this.columnCount - 1));
    const grid = this.grid();
    if (grid) this.scrollToRow(grid, this.row);
    this.host.requestUpdate();
  }
}
