import { css } from 'lit';

export const attendanceAccessLogStyles = css`
  :host {
    display: block;
  }
  [part~='heading'] {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='entry'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding: 0.4em 0;
    border-bottom: 1px solid var(--_border);
  }
  [part~='reader'] {
    font-weight: 600;
  }
  [part~='time'] {
    color: var(--_muted);
  }
`;
