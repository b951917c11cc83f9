import { css } from 'lit';

// Grouped by what the rules do rather than by part, so each declaration is written once.
export const bookingStyles = css`
  [part~='base'] {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  h2,
  p,
  ul,
  dl,
  dd,
  input {
    margin: 0;
  }
  ul {
    list-style: none;
    padding: 0;
  }
  [part~='heading'] {
    font-size: 1.25em;
    line-height: 1.3;
  }
  /* The heading takes the focus only to tell assistive technology where the step begins; it is
     not a control, so it shows no focus ring. */
  [part~='heading']:focus {
    outline: none;
    box-shadow: none;
  }
  [part~='announcer'],
  [part~='option-label'],
  [part~='week-label'],
  [part~='slot-day'],
  [part~='slot-selected'] {
    font-weight: 600;
  }
  [part~='option-hint'],
  [part~='credentials'],
  [part~='context'],
  [part~='time-zone'],
  dt {
    color: var(--_muted);
  }
  [part~='options'],
  [part~='slot-grid'],
  dl,
  dl > div {
    display: grid;
    gap: var(--_space);
  }
  dl > div {
    grid-template-columns: minmax(5em, max-content) 1fr;
  }
  [part~='option'] {
    width: 100%;
    display: grid;
    gap: calc(var(--_space) / 2);
    justify-items: start;
    text-align: start;
    background: var(--_surface-alt);
    padding: calc(var(--_space) * 1.5);
  }
  [aria-pressed='true'] {
    border: 2px solid var(--_accent);
  }
  [part~='filters'],
  [part~='filter'],
  [part~='week-nav'],
  [part~='slot-row'],
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  [part~='filters'] {
    gap: calc(var(--_space) * 2);
  }
  [part~='filter'] {
    flex-wrap: nowrap;
  }
  [part~='week-nav'] {
    justify-content: space-between;
  }
  [part~='slot-day'] {
    flex: 0 0 100%;
  }
  [part~='filter'],
  [part~='slot'],
  [part~='calendar-link'] {
    min-height: 44px;
    border-radius: var(--_radius);
  }
  [part~='checkbox'] {
    width: 24px;
    height: 24px;
    accent-color: var(--_accent);
  }
  [part~='tag'] {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 var(--_space);
    font-size: 0.875em;
  }
  [part~='slot'],
  [part~='calendar-link'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    padding: 0 calc(var(--_space) * 1.5);
  }
  [part~='slot'] {
    min-width: 88px;
    border: 1px solid var(--_border);
    background: var(--_surface-alt);
    cursor: pointer;
  }
  [part~='slot']:hover {
    border-color: var(--_accent);
  }
  [part~='slot-selected'],
  [part~='calendar-link'] {
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    text-decoration: none;
  }
  [aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .danger {
    background: var(--_danger-bg);
    color: var(--_danger);
    border-color: var(--_danger);
  }
`;
