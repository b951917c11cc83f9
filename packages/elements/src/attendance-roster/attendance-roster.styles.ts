import { css } from 'lit';

export const attendanceRosterStyles = css`
  [part~='base'] {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    color: var(--_text);
    background: var(--_surface);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    align-items: end;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    font-weight: 600;
  }
  select,
  input {
    min-height: 44px;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 400;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part~='filter'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  [part~='filter'][aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  [part~='count'] {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
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
    display: block;
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
    font-weight: 600;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(10rem, 2fr) minmax(6rem, 1fr) minmax(8rem, 1fr) minmax(
        11rem,
        1fr
      );
    align-items: center;
    width: 100%;
    /* one height for every row: the keyboard scrolls to a row by its index */
    height: 48px;
    border-bottom: 1px solid var(--_border);
  }
  [role='columnheader'],
  [part~='cell'] {
    padding: calc(var(--_space) * 0.5) var(--_space);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .grid:focus-within [part~='cell'][data-active] {
    background: var(--_surface-alt);
  }
  .grid:focus-visible [part~='cell'][data-active] {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  [part~='status-label'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
  }
  [part~='status-label'][data-status='completed'] {
    color: var(--_success);
  }
  [part~='status-label'][data-status='due'] {
    color: var(--_warning);
  }
  [part~='status-label'][data-status='overdue'] {
    color: var(--_danger);
  }
`;
