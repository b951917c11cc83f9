import { css } from 'lit';

export const attendanceBadgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }
  .live {
    display: inline-block;
  }
  [part~='badge'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.2em 0.7em;
    border-radius: 999px;
    border: 1px solid;
    font-size: 0.875em;
    font-weight: 600;
    white-space: nowrap;
    background: var(--_neutral-bg);
  }
  [part~='loading'] {
    font-weight: 400;
    color: var(--_muted);
    border-color: var(--_border);
    background: none;
  }
  [data-status='completed'] {
    color: var(--_success);
    background: var(--_success-bg);
  }
  [data-status='due'] {
    color: var(--_warning);
    background: var(--_warning-bg);
  }
  [data-status='overdue'] {
    color: var(--_danger);
    background: var(--_danger-bg);
  }
  [part~='icon'] {
    flex: none;
  }
`;
