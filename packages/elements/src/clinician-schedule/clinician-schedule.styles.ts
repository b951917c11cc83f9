import { css } from 'lit';

// The theme styles buttons (a pressed view button is a primary one), the status and error parts.
export const clinicianScheduleStyles = css`
  [part~='base'],
  [part~='header'],
  [part~='days'],
  section,
  form,
  .field {
    display: grid;
    gap: var(--_space);
  }
  [part~='base'] {
    gap: calc(var(--_space) * 2);
    background: var(--_surface);
  }
  [part~='days'],
  form,
  form section {
    gap: calc(var(--_space) * 1.5);
  }
  .field,
  .check {
    gap: calc(var(--_space) * 0.5);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.375em;
  }
  [part~='range'],
  .controls,
  [part~='view-toggle'],
  [part~='navigation'],
  [part~='visit-list'],
  [part~='mark-actions'],
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .controls {
    justify-content: space-between;
  }
  [part~='range'],
  [part~='visit-list'],
  [part~='notice'],
  [part~='empty-day'],
  fieldset,
  [part~='error'] ul {
    margin: 0;
  }
  [part~='range'],
  [part~='visit-time'],
  [part~='visit-officer'],
  legend,
  [part~='field-error'] {
    font-weight: 600;
  }
  .zone,
  [part~='visit-status'] {
    font-weight: 400;
    color: var(--_muted);
  }
  [part~='notice']:empty,
  [part~='alert']:empty {
    display: none;
  }
  [part~='alert'] {
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_danger);
  }
  [part~='day-heading'] {
    padding: calc(var(--_space) * 0.5) var(--_space);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  [part~='empty-day'] {
    padding: 0 var(--_space);
  }
  [part~='visit-list'] {
    flex-direction: column;
    list-style: none;
    padding: 0;
  }
  [part~='visit'],
  fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    padding: var(--_space);
  }
  [part~='visit'],
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='visit'][data-status='cancelled'] [part~='visit-time'] {
    text-decoration: line-through;
  }
  [part~='mark-actions'] {
    margin-inline-start: auto;
  }
  [part~='availability-toggle'],
  [part~='add-button'] {
    justify-self: start;
  }
  fieldset {
    align-items: end;
    gap: var(--_space) calc(var(--_space) * 1.5);
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
  }
  legend {
    padding: 0 calc(var(--_space) * 0.5);
  }
  .check {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  [part~='field-error'] {
    flex-basis: 100%;
    color: var(--_danger);
  }
  [part~='error'] ul {
    flex-basis: 100%;
  }
`;
