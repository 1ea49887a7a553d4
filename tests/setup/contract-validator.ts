// Checks every answer of the mock backend against the OpenAPI document, so the mock cannot drift from what
// a real backend must serve. Used by the Vitest setup (every test) and by tests/unit/contract.test.ts.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import document from '@/shared/api/contract/openapi.json';

type Answer = { $ref?: string; content?: Record<string, { schema?: unknown }> };
type Operation = { responses?: Record<string, Answer> };
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, Answer> } & Record<string, unknown>;
};
const doc = document as unknown as Doc;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', components: doc.components });

const routes = Object.entries(doc.paths).map(([path, item]) => ({
  path,
  pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  item,
}));

function rewriteRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rewriteRefs);
  if (schema && typeof schema === 'object') {
    return Object.fromEntries(
      Object.entries(schema).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' ? value.replace(/^#/, 'openapi#') : rewriteRefs(value),
      ]),
    );
  }
  return schema;
}

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

/** Returns the problems with one answer, or [] when it matches the contract. */
export async function contractViolations(request: Request, response: Response): Promise<string[]> {
  const url = new URL(request.url);
  const route = routes
    .filter((r) => r.pattern.test(url.pathname))
    // A literal segment beats a parameter: /visits/on-site over /visits/{id}.
    .sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0))[0];
  const where = `${request.method} ${url.pathname} -> ${response.status}`;
  if (!route) return [`${where}: no such path in the contract`];
  const operation = route.item[request.method.toLowerCase()];
  if (!operation) return [`${where}: method not in the contract`];
  // Any operation may fail with a server error; it must still be a problem document.
  let answer: Answer | undefined =
    operation.responses?.[String(response.status)] ??
    operation.responses?.default ??
    (response.status >= 500 ? { $ref: '#/components/responses/ServerError' } : undefined);
  if (answer?.$ref) answer = doc.components.responses[answer.$ref.split('/').pop()!];
  if (!answer) return [`${where}: status not in the contract`];
  const contentType = response.headers.get('Content-Type')?.split(';')[0] ?? '';
  if (!answer.content) {
    const text = await response.clone().text();
    return text ? [`${where}: the contract says no body, the mock sent one`] : [];
  }
  const media = answer.content[contentType];
  if (!media) return [`${where}: content type ${contentType || 'none'} not in the contract`];
  if (!media.schema || (contentType !== 'application/json' && contentType !== 'application/problem+json'))
    return [];
  const key = `${route.path} ${request.method} ${response.status} ${contentType}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(rewriteRefs(media.schema) as object);
    compiled.set(key, validate);
  }
  const body = await response.clone().json();
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${where}: ${e.instancePath || '/'} ${e.message}`);
}
