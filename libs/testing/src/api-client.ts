import { requestOf, type HttpOperation, type OperationInput, type OperationResult } from '@duban/contracts';
import { OpenApiContract } from './openapi-contract';

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * A small HTTP client for tests: JSON in, JSON (or problem+json) out, raw bodies when a test needs
 * malformed input. With a contract, every response is checked against the API document and one it
 * does not describe throws {@link ContractViolation}.
 */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private contract?: OpenApiContract,
  ) {}

  /** Checks every later response against the document the API serves. */
  async useContract(): Promise<OpenApiContract> {
    this.contract = await OpenApiContract.load(this.baseUrl);
    return this.contract;
  }

  async request<T = unknown>(
    method: string,
    path: string,
    options: { token?: string; json?: unknown; rawBody?: string | Uint8Array; contentType?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    let body: string | Uint8Array | undefined;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] = 'application/json';
    } else if (options.rawBody !== undefined) {
      body = options.rawBody;
      headers['content-type'] = options.contentType ?? 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(body !== undefined && { body }) });
    const text = await response.text();
    let parsed: unknown = text;
    if (text.length > 0 && /json/.test(response.headers.get('content-type') ?? '')) parsed = JSON.parse(text);
    this.contract?.check(method, path, response.status, response.headers.get('content-type'), parsed);
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  /**
   * Calls one operation of the API, typed from its definition in `@duban/contracts`: the input
   * from its request schemas, the answer as its success body or problem details.
   */
  async call<O extends HttpOperation>(op: O, input: OperationInput<O>, token?: string): Promise<OperationResult<O> & { headers: Headers }> {
    const { method, path, body } = requestOf(op, input);
    const res = await this.request(method, path, { ...(token !== undefined && { token }), ...(body !== undefined && { json: body }) });
    const ok = res.status >= 200 && res.status < 300;
    return { ok, status: res.status, headers: res.headers, body: res.body } as OperationResult<O> & { headers: Headers };
  }

  get<T = unknown>(path: string, token?: string): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path, token === undefined ? {} : { token });
  }

  post<T = unknown>(path: string, json: unknown, token?: string): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, { json, ...(token !== undefined && { token }) });
  }
}
