import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '@wellvisit/sdk/server';
import type { Database } from '../src/db/database.js';
import { snapshotPglite } from './support/databases.js';
import { call } from './support/http.js';
import { startTestServer, type TestServer } from './support/server.js';

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = await snapshotPglite();
  server = await startTestServer(db);
});

afterAll(async () => {
  await server.close();
  await db.close();
});

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const reply = await call(server.url, 'GET', '/openapi.json');
    expect(reply.status).toBe(200);
    const document = reply.body as { openapi: string };
    expect(document.openapi).toBe('3.1.0');
    // validate() dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('describes every route of the SDK table with its method, parameters and schemas', async () => {
    const document = (await call(server.url, 'GET', '/openapi.json')).body as {
      paths: Record<
        string,
        Record<
          string,
          { operationId: string; parameters: { name: string; in: string }[]; requestBody?: unknown }
        >
      >;
    };
    for (const [name, route] of Object.entries(API_ROUTES)) {
      const path = route.path.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      expect(operation?.operationId, `${route.method} ${path}`).toBe(name);
      for (const param of path.match(/\{(\w+)\}/g) ?? []) {
        expect(operation?.parameters).toContainEqual(
          expect.objectContaining({ name: param.slice(1, -1), in: 'path' }),
        );
      }
      expect(operation?.requestBody !== undefined, name).toBe('body' in route);
    }
    expect(document.paths['/v1/officer/slots']?.get?.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['from', 'to', 'clinicianId', 'modality']),
    );
  });

  it('lists the problems each operation can answer, with examples, and the Idempotency-Key header', async () => {
    const document = (await call(server.url, 'GET', '/openapi.json')).body as {
      paths: Record<
        string,
        Record<
          string,
          {
            parameters: { name: string; in: string }[];
            responses: Record<string, unknown>;
            tags?: string[];
          }
        >
      >;
      components: {
        responses: Record<string, { content: Record<string, { example?: { status: number } }> }>;
      };
    };
    const book = document.paths['/v1/officer/visits']?.post;
    expect(Object.keys(book?.responses ?? {})).toEqual(
      expect.arrayContaining(['201', '401', '403', '404', '409', '422', '429']),
    );
    expect(book?.parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }),
    );
    const session = document.paths['/v1/session']?.get;
    expect(Object.keys(session?.responses ?? {})).not.toContain('409');
    for (const [name, response] of Object.entries(document.components.responses)) {
      expect(
        response.content['application/problem+json']?.example?.status,
        name,
      ).toBeGreaterThanOrEqual(400);
    }
    expect(document.paths['/healthz']?.get?.tags).toEqual(['health']);
  });

  it('the department side of the document carries no visit field', async () => {
    const document = (await call(server.url, 'GET', '/openapi.json')).body as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const { findForbiddenKeys } = await import('@wellvisit/sdk/conformance');
    for (const [path, operations] of Object.entries(document.paths)) {
      if (!path.startsWith('/v1/department')) continue;
      for (const operation of Object.values(operations)) {
        const success = Object.entries(operation.responses).filter(([status]) =>
          status.startsWith('2'),
        );
        const properties = JSON.stringify(success).match(/"properties":\{[^]*?\}/g) ?? [];
        expect(properties.length).toBeGreaterThan(0);
        for (const [, response] of success) {
          const schema = (response as { content: { 'application/json': { schema: unknown } } })
            .content['application/json'].schema;
          expect(findForbiddenKeys(propertyNames(schema)), path).toEqual([]);
        }
      }
    }
  });
});

/** Every property name declared anywhere in a JSON Schema, as an object of those keys. */
function propertyNames(schema: unknown, into: Record<string, true> = {}): Record<string, true> {
  if (Array.isArray(schema)) {
    for (const item of schema) propertyNames(item, into);
  } else if (typeof schema === 'object' && schema !== null) {
    for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
      if (key === 'properties' && typeof value === 'object' && value !== null) {
        for (const name of Object.keys(value)) into[name] = true;
      }
      propertyNames(value, into);
    }
  }
  return into;
}
