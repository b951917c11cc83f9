import { css } from 'lit';

export const attendanceRosterStyles = css`
  [part~='base'] {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    background: var(--_surface);
  }
  .toolbar,
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .toolbar {
    gap: calc(var(--_space) * 1.5);
    align-items: end;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .field > span,
  .head,
  [part~='count'],
  [part~='status-label'] {
    font-weight: 600;
  }
  [part~='filter'],
  [part~='status-label'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  [part~='count'] {
    font-variant-numeric: tabular-nums;
  }
  [part~='summary'],
  [part~='notice'] {
    margin: 0;
    color: var(--_muted);
  }
  [part~='notice']:empty {
    display: none;
  }
  .grid {
    height: var(--wv-roster-height, 28rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .head {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface-alt);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(10rem, 2fr) minmax(6rem, 1fr) minmax(8rem, 1fr) minmax(
        11rem,
        1fr
      );
    align-items: center;
    /* one height for every row: the keyboard scrolls to a row by its index */
    height: 48px;
    border-bottom: 1px solid var(--_border);
  }
  .row > * {
    padding: calc(var(--_space) * 0.5) var(--_space);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .grid:focus-within [data-active] {
    background: var(--_surface-alt);
  }
  .grid:focus-visible [data-active] {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  .row [data-status='completed'] {
    color: var(--_success);
  }
  .row [data-status='due'] {
    color: var(--_warning);
  }
  .row [data-status='overdue'] {
    color: var(--_danger);
  }
`;
