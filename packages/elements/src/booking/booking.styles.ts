import { css } from 'lit';

export const bookingStyles = css`
  [part~='base'] {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='announcer'] {
    margin: 0;
    font-weight: 600;
  }
  [part~='heading'] {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  /* The heading takes the focus only to tell assistive technology where the step begins; it is
     not a control, so it shows no focus ring. */
  [part~='heading']:focus {
    outline: none;
    box-shadow: none;
  }
  [part~='options'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
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
  [part~='option'][aria-pressed='true'] {
    border: 2px solid var(--_accent);
  }
  [part~='option-label'] {
    font-weight: 600;
  }
  [part~='option-hint'],
  [part~='credentials'],
  [part~='context'],
  [part~='time-zone'] {
    color: var(--_muted);
  }
  [part~='context'],
  [part~='time-zone'] {
    margin: 0;
  }
  [part~='tag'] {
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 var(--_space);
    font-size: 0.875em;
  }
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: center;
  }
  [part~='filter'] {
    display: inline-flex;
    gap: var(--_space);
    align-items: center;
    min-height: 44px;
  }
  [part~='select'] {
    min-height: 44px;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='checkbox'] {
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  [part~='week-nav'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
  }
  [part~='week-label'] {
    font-weight: 600;
  }
  [part~='slot-grid'] {
    display: grid;
    gap: var(--_space);
  }
  [part~='slot-row'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  [part~='slot-day'] {
    flex: 0 0 100%;
    font-weight: 600;
  }
  [part~='slot'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 88px;
    min-height: 44px;
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    cursor: pointer;
  }
  [part~='slot']:hover {
    border-color: var(--_accent);
  }
  [part~='slot-selected'] {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
    font-weight: 600;
  }
  [part~='summary'] {
    margin: 0;
    display: grid;
    gap: var(--_space);
  }
  [part~='summary'] > div {
    display: grid;
    grid-template-columns: minmax(5em, max-content) 1fr;
    gap: var(--_space);
  }
  [part~='summary'] dt {
    color: var(--_muted);
  }
  [part~='summary'] dd {
    margin: 0;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part~='calendar-link'] {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    text-decoration: none;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  button.danger {
    background: var(--_danger-bg);
    color: var(--_danger);
    border-color: var(--_danger);
  }
`;
