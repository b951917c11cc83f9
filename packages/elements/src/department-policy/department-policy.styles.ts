import { css } from 'lit';

export const departmentPolicyStyles = css`
  :host {
    display: block;
  }
  [part~='heading'] {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  [part~='scheduled'],
  [part~='program-start'] {
    color: var(--_muted);
  }
  [part~='form'] {
    display: grid;
    gap: 0.6em;
    max-width: 28em;
  }
  [part~='field'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
`;
