import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplates } from './minify-templates.js';

test('folds indentation in css and html templates, leaving other strings alone', () => {
  const source = [
    'const styles = css`',
    '  :host {',
    '    /* why */',
    '    display: block;',
    '  }',
    '`;',
    'const view = html`<p part="a">',
    '    ${name}',
    '  </p>',
    '  <b>x</b> <i>y</i>`;',
    'const plain = `keep\n    this`;',
  ].join('\n');
  const out = minifyTemplates(source);
  assert.match(out, /css` :host\{display:block;\}`/);
  assert.match(out, /html`<p part="a"> \$\{name\} <\/p> <b>x<\/b> <i>y<\/i>`/);
  assert.match(out, /`keep\n {4}this`/);
});

test('handles templates nested in expressions', () => {
  const out = minifyTemplates(
    'html`<ul>\n  ${items.map((i) => html`<li>\n    ${i}\n  </li>`)}\n</ul>`',
  );
  assert.equal(out, 'html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`');
});

test('folds css around separators but keeps quoted text and descendant pseudo-classes', () => {
  const out = minifyTemplates(
    "css`\n  a :focus,\n  b > c {\n    font-family: 'Segoe UI', sans-serif;\n    content: ': , ';\n  }\n`",
  );
  assert.equal(out, "css` a :focus,b>c{font-family:'Segoe UI',sans-serif;content:': , ';}`");
});
