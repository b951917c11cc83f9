import * as z from 'zod/mini';
import { Problem } from '@wellvisit/sdk';
import { IdempotencyKey, routeAuth } from '@wellvisit/sdk/server';
import { SERVER_ROUTES, type DocumentedRoute } from './documented.js';
import { problemComponents, problemResponses } from './openapi-problems.js';

type JsonSchema = Record<string, unknown>;

/** JSON Schema (2020-12, as OpenAPI 3.1 takes it) of one zod schema, inline. */
function schemaOf(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
  delete json.$schema;
  return json;
}

/** Path and query parameters from an object schema's properties. */
function parameters(schema: z.ZodMiniType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = schemaOf(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
}

const problemContent = {
  'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
};

function operation(name: string, route: DocumentedRoute): JsonSchema {
  return {
    operationId: name,
    summary: route.summary,
    tags: [name.includes('.') ? name.slice(0, name.indexOf('.')) : 'session'],
    security: routeAuth(name) === 'admin' ? [{ apiKey: [] }] : [{ embedToken: [] }],
    parameters: [
      ...parameters(route.params, 'path'),
      ...parameters(route.query, 'query'),
      ...(name === 'officer.book' ? [IDEMPOTENCY_KEY_HEADER] : []),
    ],
    ...(route.body
      ? {
          requestBody: {
            required: !(route.body as { _zod?: { optin?: string } })._zod?.optin,
            content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
          },
        }
      : {}),
    responses: {
      [route.created ? '201' : '200']: {
        description: route.summary,
        content: { 'application/json': { schema: schemaOf(route.response, 'output') } },
      },
      ...problemResponses(name, route),
      default: { description: 'An RFC 9457 problem', content: problemContent },
    },
  };
}

/** The header the server folds into a booking's body (the two must agree when both are sent). */
const IDEMPOTENCY_KEY_HEADER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes the booking safe to retry: the same key with the same booking answers the first visit; with another booking, a 409 `idempotency-mismatch`',
  schema: schemaOf(IdempotencyKey, 'input'),
};

/**
 * The OpenAPI 3.1 document, generated from the SDK's route table and zod schemas: what the
 * server mounts and what the HTTP backend calls are the same table, so the document cannot
 * drift from either.
 */
export function openApiDocument(serverUrl?: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [name, route] of Object.entries(SERVER_ROUTES)) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(name, route) };
  }
  paths['/healthz'] = {
    get: {
      operationId: 'healthz',
      summary: 'Liveness and database reachability',
      tags: ['health'],
      security: [],
      responses: {
        '200': {
          description: 'Up',
          content: {
            'application/json': {
              schema: { type: 'object', properties: { ok: { type: 'boolean' } } },
            },
          },
        },
        default: { description: 'Down', content: problemContent },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wellvisit API',
      version: '1',
      description:
        'Confidential wellness visits between officers and clinicians. Departments see attendance only.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths,
    components: {
      schemas: { Problem: schemaOf(Problem, 'output') },
      responses: problemComponents(),
      securitySchemes: {
        embedToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'A short-lived embed token from POST /v1/admin/tokens',
        },
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: "The program's API key; for a host's own backend, never a browser",
        },
      },
    },
  };
}
