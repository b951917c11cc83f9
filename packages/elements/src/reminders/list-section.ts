import { html, type TemplateResult } from 'lit';

/** A section of the overview: its heading, then its items as a list or a line saying there are none. */
export function renderListSection(
  heading: string,
  listPart: string,
  items: readonly TemplateResult[],
  empty: string,
): TemplateResult {
  return html`<h3 part="section-heading">${heading}</h3>
    ${
      items.length === 0
        ? html`<p part="status empty">${empty}</p>`
        : html`<ul part=${listPart}>
            ${items}
          </ul>`
    }`;
}
