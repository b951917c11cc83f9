import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryBackend } from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import '../all.js';

/** The kind of stylesheet an intranet really ships, aimed at everything on the page. */
const HOSTILE_CSS = `
  * { text-transform: uppercase !important; letter-spacing: 0.3em !important;
      font: italic 700 22px/3 serif !important; color: magenta !important;
      text-align: right !important; word-spacing: 1em !important; }
  div { display: flex !important; }
  button { all: unset !important; }
`;

function textNodesIn(root: ShadowRoot): Element[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parents: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim() && node.parentElement) parents.push(node.parentElement);
  }
  return parents;
}

describe('hostile host-page CSS', () => {
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE_CSS;
    document.head.append(sheet);
  });
  afterEach(() => {
    sheet.remove();
  });

  it('does not reach the text inside any element', async () => {
    const memory = createMemoryBackend({ seed: 'demo' });
    const page = await fixture<HTMLElement>(
      html`<div>
        <wv-booking .backend=${memory.as(DEMO_SESSIONS.officer)}></wv-booking>
        <wv-reminders .backend=${memory.as(DEMO_SESSIONS.officer)}></wv-reminders>
        <wv-attendance-badge .backend=${memory.as(DEMO_SESSIONS.officer)}></wv-attendance-badge>
        <wv-attendance-roster
          .backend=${memory.as(DEMO_SESSIONS.departmentAdmin)}
        ></wv-attendance-roster>
        <wv-clinician-schedule
          .backend=${memory.as(DEMO_SESSIONS.clinician)}
        ></wv-clinician-schedule>
      </div>`,
    );
    const elements = [...page.children] as HTMLElement[];
    await waitUntil(
      () => elements.every((el) => el.shadowRoot && textNodesIn(el.shadowRoot).length > 0),
      'every element renders text',
      { timeout: 8000 },
    );

    for (const el of elements) {
      const texts = textNodesIn(el.shadowRoot!);
      for (const parent of texts) {
        const style = getComputedStyle(parent);
        const where = `${el.localName} <${parent.localName} part="${parent.getAttribute('part') ?? ''}">`;
        expect(style.textTransform, where).to.equal('none');
        expect(style.letterSpacing, where).to.equal('normal');
        expect(style.wordSpacing, where).to.equal('0px');
        expect(style.fontFamily, where).not.to.equal('serif');
        expect(style.fontStyle, where).to.equal('normal');
      }
    }
  });
});
