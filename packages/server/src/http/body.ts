import type { Context } from 'hono';
import { RequestProblem } from './problem.js';

/**
 * The request body as JSON, or undefined when there is none. The size limit is enforced before
 * this runs (see `app.ts`); a body that is not JSON is refused before any handler sees it.
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') return undefined;
  const type = c.req.header('content-type') ?? 'application/json';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new RequestProblem(
      415,
      'unsupported-media-type',
      'Unsupported media type',
      'Send the body as application/json',
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RequestProblem(
      400,
      'malformed-json',
      'Bad request',
      'The request body is not valid JSON',
      true,
    );
  }
}
