import { css } from 'lit';

export const clinicianScheduleStyles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 2);
    color: var(--_text);
    background: var(--_surface);
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
  h3 {
    font-size: 1.125em;
  }
  h4 {
    font-size: 1em;
  }
  .header {
    display: grid;
    gap: var(--_space);
  }
  .range {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    font-weight: 600;
  }
  .zone {
    font-weight: 400;
    color: var(--_muted);
  }
  .controls,
  [part~='view-toggle'],
  [part~='navigation'],
  .mark-actions,
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .controls {
    justify-content: space-between;
  }
  [aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  [part~='notice'],
  [part~='alert'] {
    margin: 0;
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
  .days {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .day {
    display: grid;
    gap: var(--_space);
  }
  [part~='day-heading'] {
    padding: calc(var(--_space) * 0.5) var(--_space);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  [part~='empty-day'] {
    margin: 0;
    padding: 0 var(--_space);
  }
  .visit-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .visit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .visit-time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .visit-officer {
    font-weight: 600;
  }
  .visit-status {
    color: var(--_muted);
  }
  .visit[data-status='cancelled'] .visit-time {
    text-decoration: line-through;
  }
  .mark-actions {
    margin-inline-start: auto;
  }
  .availability {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  #availability-panel {
    width: 100%;
  }
  .availability-form,
  .availability-form section {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  fieldset {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 1.5);
    align-items: end;
  }
  legend {
    font-weight: 600;
    padding: 0 calc(var(--_space) * 0.5);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  input,
  select {
    min-height: 44px;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  input[aria-invalid='true'],
  fieldset[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    min-height: 44px;
  }
  .check input {
    min-height: auto;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  [part~='add-button'] {
    justify-self: start;
  }
  .field-error {
    flex-basis: 100%;
    color: var(--_danger);
    font-weight: 600;
  }
  [part~='error'] ul {
    margin: 0;
    flex-basis: 100%;
  }
`;
