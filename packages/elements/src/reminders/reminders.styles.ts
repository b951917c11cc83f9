import { css } from 'lit';

export const remindersStyles = css`
  [part~='base'] {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='heading'],
  [part~='section-heading'],
  [part~='announcer'] {
    margin: 0;
  }
  [part~='heading'],
  [part~='section-heading'] {
    line-height: 1.3;
    font-size: 1.05em;
  }
  [part~='heading'] {
    font-size: 1.25em;
  }
  [part~='announcer'],
  [part~='visit-title'],
  [part~='legend'] {
    font-weight: 600;
  }
  /* The check-in line, list items and groups of settings: boxes whose contents wrap. */
  [part~='check-in'],
  [part~='visit'],
  [part~='reminder'],
  [part~='fieldset'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  [part~='check-in'] {
    border: 0;
  }
  [part~='check-in-due'] {
    background: var(--_warning-bg);
    color: var(--_warning);
  }
  [part~='check-in-overdue'] {
    background: var(--_danger-bg);
    color: var(--_danger);
  }
  [part~='check-in-status'] {
    font-weight: 700;
  }
  [part~='visit'],
  [part~='reminder'] {
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
  }
  [part~='fieldset'] {
    gap: 0 calc(var(--_space) * 2);
    background: none;
  }
  [part~='visits'],
  [part~='reminders'],
  [part~='preferences'] {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='visit-place'],
  [part~='reminder-when'] {
    color: var(--_muted);
  }
  [part~='calendar-link'] {
    margin-inline-start: auto;
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    color: var(--_accent);
    background: var(--_surface);
    text-decoration: none;
  }
  [part~='legend'] {
    padding: 0 calc(var(--_space) / 2);
  }
  [part~='choice'] {
    display: inline-flex;
    gap: var(--_space);
    align-items: center;
    min-height: 44px;
  }
  [part~='checkbox'] {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  [part~='actions'] {
    display: flex;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;
