/**
 * Builds the OpenAPI 3.1 document of the API from the route table. `docs/openapi.json` is this
 * output; a test fails when the committed file is stale.
 */
import * as z from 'zod/mini';
import * as contract from './contract/index.js';
import { routeSummaries } from './contract/route-docs.js';
import { type RouteDef, type RouteName, routes, type Schema } from './contract/routes/index.js';
import { message } from './messages.js';

type JsonObject = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && '_zod' in value;
const capitalize = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * The OpenAPI 3.1 document for every route of the contract.
 * @example writeFileSync('docs/openapi.json', JSON.stringify(buildOpenApi(), null, 2));
 */
export function buildOpenApi(version = '0.1.0'): JsonObject {
  const registry = z.registry<{ id: string }>();
  const ids = new Map<Schema, string>();
  const register = (schema: Schema, id: string) => {
    if (ids.has(schema)) return ids.get(schema)!;
    ids.set(schema, id);
    registry.add(schema, { id });
    return id;
  };
  // Named entities first, so that routes and other entities refer to them by name.
  for (const [name, value] of Object.entries(contract).sort(([a], [b]) => a.localeCompare(b))) {
    if (isSchema(value) && /^[A-Z]/.test(name)) register(value, name);
  }
  const entries = Object.entries(routes) as [string, RouteDef][];
  for (const [name, route] of entries) {
    if (isSchema(route.body)) register(route.body, `${capitalize(name)}Body`);
    if (isSchema(route.response)) register(route.response, `${capitalize(name)}Response`);
  }
  const options = {
    uri: (id: string) => `#/components/schemas/${id}`,
    unrepresentable: 'any' as const,
    io: 'output' as const,
    override: (ctx: { zodSchema: unknown; jsonSchema: JsonObject }) => {
      // Our text limits count code points, as JSON Schema's maxLength does.
      const format = contract.stringFormats.get(ctx.zodSchema as object);
      if (format) ctx.jsonSchema.format = format;
      const limits = contract.textLimits.get(ctx.zodSchema as object);
      if (limits) {
        ctx.jsonSchema.maxLength = limits.max;
        if (limits.min) ctx.jsonSchema.minLength = limits.min;
      }
    },
  };
  const generated = z.toJSONSchema(registry, options) as { schemas: Record<string, JsonObject> };
  // Schemas used in several places without a name land in a `__shared` document; lift them into
  // components so every `$ref` is a plain OpenAPI component reference.
  const { __shared, ...named } = generated.schemas;
  const schemas: Record<string, unknown> = { ...named, ...((__shared?.$defs as Record<string, unknown>) ?? {}) };
  const lifted = JSON.parse(JSON.stringify(schemas).replaceAll('#/components/schemas/__shared#/$defs/', '#/components/schemas/')) as Record<
    string,
    JsonObject
  >;
  for (const schema of Object.values(lifted)) {
    delete schema.$schema;
    delete schema.$id;
  }
  const ref = (schema: Schema) => ({ $ref: `#/components/schemas/${ids.get(schema)}` });
  const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const [name, route] of entries) {
    const parameters: JsonObject[] = [];
    if (route.path.includes('{tenant}')) {
      parameters.push({
        name: 'tenant',
        in: 'path',
        required: true,
        description: '县（区）6 位行政区划代码',
        schema: { type: 'string', pattern: '^\\d{6}$' },
      });
    }
    for (const [where, schema] of [
      ['path', route.params],
      ['query', route.query],
    ] as const) {
      if (!schema) continue;
      // Named schemas come back as local `$defs`; they are components already.
      const json = JSON.parse(
        JSON.stringify(z.toJSONSchema(schema, { ...options, metadata: registry })).replace(
          /#\/components\/schemas\/__shared#\/\$defs\/|#\/\$defs\//g,
          '#/components/schemas/',
        ),
      ) as { properties?: Record<string, JsonObject>; required?: string[] };
      for (const [key, prop] of Object.entries(json.properties ?? {})) {
        parameters.push({ name: key, in: where, required: where === 'path' || (json.required ?? []).includes(key), schema: prop });
      }
    }
    if (route.idempotent) {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        description: '幂等键：同一提交重试时保持不变（建议 UUID）',
        schema: { type: 'string', minLength: 8, maxLength: 255 },
      });
    }
    const operation: JsonObject = {
      operationId: name,
      summary: routeSummaries[name as RouteName],
      tags: [route.tag],
      'x-tongxin-auth': route.auth === 'public' ? 'public' : [...route.auth],
      parameters,
      responses: {
        [route.status]: {
          description: 'OK',
          content:
            route.response === 'binary'
              ? { 'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } }
              : { 'application/json': { schema: ref(route.response) } },
        },
        default: { description: `${message('problem.validation_failed')}；其他错误同为 RFC 9457 problem+json`, content: problem },
      },
    };
    if (route.auth !== 'public') operation.security = [{ bearer: [] }];
    if (route.body === 'binary') {
      operation.requestBody = {
        required: true,
        content: { '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } },
      };
    } else if (route.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: ref(route.body) } } };
    }
    const path = route.path;
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: '同心 Tongxin API',
      version,
      description: '县级政协提案、社情民意、重点协商督办与委员工作站的参考 API。错误均为 RFC 9457 problem+json，带稳定的 code。',
    },
    servers: [{ url: '/' }],
    tags: ['system', 'config', 'people', 'attachments', 'proposals', 'opinions', 'tasks', 'workstations', 'forms'].map((name) => ({
      name,
    })),
    paths,
    components: {
      schemas: lifted,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
