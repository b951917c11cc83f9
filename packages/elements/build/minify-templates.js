// Lit keeps the text of css`` and html`` templates as written, indentation included, and a JS
// minifier may not touch it. This esbuild plugin folds that whitespace at build time, the way
// HTML and CSS themselves read it (any run of white space is one space), so the shipped bundles
// are smaller. It works on the TypeScript syntax tree, so nested templates and ${} expressions
// are handled exactly. No element renders pre-formatted text, where this would matter.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

/** Folds white space in one static chunk of a template. */
function fold(text, tag) {
  if (tag === 'css') {
    // Quoted strings (font names, `content`) keep their spaces; everything else folds. A space
    // before `:` stays: `a :focus` (a focused descendant) is not `a:focus`.
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(/('[^']*'|"[^"]*")/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part
              .replace(/\s+/g, ' ')
              .replace(/\s*([{};,>])\s*/g, '$1')
              .replace(/:\s+/g, ':'),
      )
      .join('');
  }
  // In markup, only runs that include a line break: those are indentation, never content.
  return text.replace(/\s*\n\s*/g, ' ');
}

/** The static chunks of every css/html/svg tagged template, as [start, end, tag]. */
function templateChunks(source) {
  const chunks = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && TAGS.has(node.tag.getText(source))) {
      const tag = node.tag.getText(source);
      const { template } = node;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // Skip the delimiters: ` or } before, ` or ${ after.
        const start = part.getStart(source) + 1;
        const end =
          part.getEnd() -
          (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
        chunks.push([start, end, tag]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return chunks;
}

export function minifyTemplates(text, fileName = 'file.ts') {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  let out = text;
  for (const [start, end, tag] of templateChunks(source).sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + fold(out.slice(start, end), tag) + out.slice(end);
  }
  return out;
}

export const minifyTemplatesPlugin = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({
      contents: minifyTemplates(await readFile(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};
