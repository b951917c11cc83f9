import { css } from 'lit';

/** Dark defaults, used by `theme="dark"` and by `theme="auto"` on a dark system. */
const darkTokens = css`
  --_accent: var(--wv-color-accent, #93b4ff);
  --_on-accent: var(--wv-color-on-accent, #0b1220);
  --_surface: var(--wv-color-surface, #111827);
  --_surface-alt: var(--wv-color-surface-alt, #1f2937);
  --_text: var(--wv-color-text, #f9fafb);
  --_muted: var(--wv-color-muted, #cbd5e1);
  --_border: var(--wv-color-border, #4b5563);
  --_success: var(--wv-color-success, #bbf7d0);
  --_success-bg: var(--wv-color-success-bg, #14532d);
  --_warning: var(--wv-color-warning, #fef08a);
  --_warning-bg: var(--wv-color-warning-bg, #713f12);
  --_danger: var(--wv-color-danger, #fecaca);
  --_danger-bg: var(--wv-color-danger-bg, #7f1d1d);
  --_neutral-bg: var(--wv-color-neutral-bg, #374151);
  color-scheme: dark;
`;

/**
 * Shared look of every element. Public `--wv-*` custom properties set private `--_*` ones, so a
 * host page themes through a small documented surface and never pierces the shadow root.
 * `all: initial` on the host stops a hostile page's inherited styles (text-transform, letter
 * spacing, line height, colours) from leaking in.
 */
export const themeStyles = css`
  :host {
    all: initial;
    display: block;
    contain: content;
    --_accent: var(--wv-color-accent, #1d4ed8);
    --_on-accent: var(--wv-color-on-accent, #ffffff);
    --_surface: var(--wv-color-surface, #ffffff);
    --_surface-alt: var(--wv-color-surface-alt, #f3f4f6);
    --_text: var(--wv-color-text, #111827);
    --_muted: var(--wv-color-muted, #4b5563);
    --_border: var(--wv-color-border, #d1d5db);
    --_success: var(--wv-color-success, #166534);
    --_success-bg: var(--wv-color-success-bg, #dcfce7);
    --_warning: var(--wv-color-warning, #854d0e);
    --_warning-bg: var(--wv-color-warning-bg, #fef9c3);
    --_danger: var(--wv-color-danger, #991b1b);
    --_danger-bg: var(--wv-color-danger-bg, #fee2e2);
    --_neutral-bg: var(--wv-color-neutral-bg, #e5e7eb);
    --_focus: var(--wv-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_accent) 45%, transparent));
    --_radius: var(--wv-radius, 8px);
    --_space: var(--wv-space, 8px);
    --_font: var(
      --wv-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_font-size: var(--wv-font-size, 16px);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * A page's own rules for the host element (say, * { text-transform: uppercase !important }) beat
   * :host, and inherited properties would carry them inside. Our top-level nodes declare them
   * again, which no outer rule can reach.
   */
  :host > * {
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    visibility: visible;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    min-height: 44px;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: var(--_accent);
  }
  /* Text fields and selects: the same box as a button, so a row of controls lines up. */
  input:not([type='checkbox']),
  select {
    min-height: 44px;
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  /* Forced colours (Windows High Contrast) drop box-shadows but paint outlines in a system
     colour: the transparent outline is the ring there. */
  :focus-visible {
    outline: 2px solid transparent;
    outline-offset: 2px;
    box-shadow: var(--_focus);
  }
  /* A virtual visit's video link (shared/video-link.ts), in every element that lists visits. */
  a[part~='video'] {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  [part~='status'] {
    padding: calc(var(--_space) * 2);
    color: var(--_muted);
  }
  [part~='error'] {
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_danger-bg);
    color: var(--_danger);
    display: flex;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    flex-wrap: wrap;
  }
`;
