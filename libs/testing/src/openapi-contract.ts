import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { GiveUp } from './wait-for';

interface MediaObject {
  schema?: object;
}
interface ResponseObject {
  content?: Record<string, MediaObject>;
}
interface OperationObject {
  operationId?: string;
  responses: Record<string, ResponseObject>;
}
export interface OpenApiDocumentLike {
  paths?: Record<string, Record<string, OperationObject>>;
}

/** A live response that the API document does not describe. */
export class ContractViolation extends GiveUp {
  override name = 'ContractViolation';
}

/** The problem details every error answer carries, for routes the document does not have. */
const PROBLEM = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, code: { type: 'string' } },
};

/**
 * Checks live responses against the API's OpenAPI document: the operation the request reached (by
 * method and path template), the status among those it documents, the media type, and the body
 * against that response's schema. A request to no documented route must be answered 404 or 405
 * with problem details. Used by every end-to-end test through {@link ApiClient}, so the document
 * cannot drift from what the API answers.
 */
export class OpenApiContract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  private readonly routes: { template: string; params: number; pattern: RegExp; methods: Record<string, OperationObject> }[];
  private readonly validators = new Map<string, ValidateFunction>();
  /** Responses checked, per `operationId status`: what the end-to-end suite exercised. */
  readonly checked = new Map<string, number>();

  constructor(document: OpenApiDocumentLike) {
    addFormats(this.ajv);
    this.routes = Object.entries(document.paths ?? {})
      .map(([template, methods]) => ({
        template,
        params: (template.match(/\{/g) ?? []).length,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
        methods,
      }))
      // A literal segment wins over a parameter: /enterprises/rollups before /enterprises/{id}.
      .sort((a, b) => a.params - b.params);
  }

  /** The document the API at `baseUrl` serves. */
  static async load(baseUrl: string): Promise<OpenApiContract> {
    const response = await fetch(`${baseUrl}/docs/openapi.json`);
    if (!response.ok) throw new Error(`GET /docs/openapi.json answered ${response.status}`);
    return new OpenApiContract((await response.json()) as OpenApiDocumentLike);
  }

  /** Throws {@link ContractViolation} when the response is not one the document describes. */
  check(method: string, url: string, status: number, contentType: string | null, body: unknown): void {
    const path = new URL(url, 'http://x').pathname;
    if (path === '/docs' || path.startsWith('/docs/')) return;
    const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const where = `${method} ${path} → ${status}`;
    const route = this.routes.find((r) => r.pattern.test(path));
    const operation = route?.methods[method.toLowerCase()];
    if (!route || !operation) {
      if ((status === 404 || status === 405) && media === 'application/problem+json') return this.validate(`problem`, PROBLEM, body, where);
      throw new ContractViolation(`${where}: no documented operation, and not a 404/405 problem (${media})`);
    }
    const key = `${operation.operationId ?? `${method} ${route.template}`} ${status}`;
    this.checked.set(key, (this.checked.get(key) ?? 0) + 1);
    const response = operation.responses[String(status)];
    if (!response) throw new ContractViolation(`${where}: status ${status} is not documented for ${operation.operationId} (documented: ${Object.keys(operation.responses).join(', ')}); body ${JSON.stringify(body).slice(0, 300)}`);
    if (!response.content) {
      if (body !== '' && body !== undefined) throw new ContractViolation(`${where}: documented without a body, answered ${JSON.stringify(body).slice(0, 200)}`);
      return;
    }
    const described = response.content[media];
    if (!described) throw new ContractViolation(`${where}: media type ${media || '(none)'} is not documented (documented: ${Object.keys(response.content).join(', ')})`);
    if (described.schema) this.validate(`${key} ${media}`, described.schema, body, where);
  }

  private validate(key: string, schema: object, body: unknown, where: string): void {
    let validator = this.validators.get(key);
    if (!validator) {
      validator = this.ajv.compile(schema);
      this.validators.set(key, validator);
    }
    if (!validator(body)) {
      const errors = (validator.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(body)'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
      throw new ContractViolation(`${where}: the body does not match the document: ${errors.join('; ')}; body ${JSON.stringify(body).slice(0, 300)}`);
    }
  }
}
