import { css } from 'lit';

export const remindersStyles = css`
  [part~='base'] {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2);
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='heading'],
  [part~='section-heading'] {
    margin: 0;
    line-height: 1.3;
  }
  [part~='heading'] {
    font-size: 1.25em;
  }
  [part~='section-heading'] {
    font-size: 1.05em;
  }
  [part~='announcer'] {
    margin: 0;
    font-weight: 600;
  }
  [part~='check-in'] {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
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
  [part~='visits'],
  [part~='reminders'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  [part~='visit'],
  [part~='reminder'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    align-items: center;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  [part~='visit-title'] {
    font-weight: 600;
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
  [part~='preferences'] {
    display: grid;
    gap: var(--_space);
  }
  [part~='fieldset'] {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  [part~='legend'] {
    padding: 0 calc(var(--_space) / 2);
    font-weight: 600;
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
    gap: var(--_space);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;
