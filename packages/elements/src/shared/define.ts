/**
 * Registers a custom element unless the tag is already taken, so that a page which loads the
 * library twice (a bundle and an npm copy, or the same script tag pasted twice) does not throw.
 */
export function define(tagName: string, elementClass: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (customElements.get(tagName)) return;
  customElements.define(tagName, elementClass);
}
