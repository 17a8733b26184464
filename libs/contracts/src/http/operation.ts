import type { z, AnyZodObject, ZodEffects, ZodTypeAny } from 'zod';
import { ErrorCode, HTTP_STATUS_OF_ERROR } from '../errors';

/** The roles a bearer token can carry (the auth adapter signs and verifies them). */
export const ROLES = ['official', 'supervisor', 'performance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A query string or path-parameter schema: a strict object, possibly refined. */
export type ParameterSchema = AnyZodObject | ZodEffects<AnyZodObject, unknown, unknown> | ZodEffects<ZodEffects<AnyZodObject, unknown, unknown>, unknown, unknown>;

/**
 * One operation of the HTTP API, defined once: the API routes it (method, path, status, roles),
 * validates its input with these schemas, and `/docs/openapi.json` is generated from it.
 *
 * `errors` lists the codes this operation answers beyond those every operation of its kind shares
 * (see {@link errorCodesOf}): its own not-found, out-of-turn and conflict codes.
 */
export interface HttpOperation<Response extends ZodTypeAny | undefined = ZodTypeAny | undefined> {
  operationId: string;
  method: 'get' | 'post' | 'put' | 'delete';
  /** An OpenAPI path template: `/tasks/{taskId}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** `public` routes need no token (health, the API document). */
  auth?: 'bearer' | 'public';
  /**
   * `exempt`: no rate limit applies (only the liveness probe, which touches no dependency and must
   * answer an orchestrator however busy the address is). Absent: the API's limits apply and the
   * operation may answer 429 `REQUEST.RATE_LIMITED`.
   */
  rateLimit?: 'exempt';
  /** Roles allowed to call it; absent means every authenticated caller. */
  roles?: readonly Role[];
  params?: ParameterSchema;
  query?: ParameterSchema;
  /** A JSON body, or (bulk import) a JSON body that may also be sent as CSV. */
  body?: ZodTypeAny;
  csvBody?: boolean;
  /**
   * A `multipart/form-data` body with one file part named `field` (the evidence upload), read by
   * the handler as a stream rather than parsed as JSON; documented as a binary string.
   */
  upload?: { field: string; description: string };
  success: {
    status: 200 | 201 | 204;
    description: string;
    /** Absent for 204 and for a streamed download. */
    schema?: Response;
    /** A download that is not JSON (the audit export): its media types, documented as text. */
    mediaTypes?: readonly string[];
    /** The download is bytes (a stored file), documented as `format: binary` rather than text. */
    binary?: boolean;
    headers?: Record<string, string>;
  };
  errors?: readonly ErrorCode[];
  /**
   * An answer other than the success and problem details: `/health` answers 503 with its own JSON
   * body when a dependency is down (documented beside the problem details of that status).
   */
  otherResponses?: Readonly<Record<number, { description: string; schema: ZodTypeAny }>>;
}

/** What an operation's handler returns: the success schema's type (nothing for a 204). */
export type ResponseOf<O extends HttpOperation> = O['success']['schema'] extends ZodTypeAny
  ? z.input<O['success']['schema']>
  : O['success']['mediaTypes'] extends readonly string[]
    ? StreamedBody
    : void;

/** A streamed download (the API hands the framework a stream object; nothing to check here). */
export type StreamedBody = object;

/** Declares an operation, keeping its literal types for the controller's type check. */
export const operation = <const O extends HttpOperation>(op: O): O => op;

/**
 * Every error code an operation can answer: its own, plus those of every operation of its kind —
 * input checks when it takes input, authentication, role checks when it names roles, a dependency
 * outage or time-out (503 + Retry-After), a rate limit (429 + Retry-After) unless it is exempt, and
 * an internal error.
 */
export function errorCodesOf(op: HttpOperation): ErrorCode[] {
  const codes = new Set<ErrorCode>(op.errors ?? []);
  if (op.params ?? op.query ?? op.body ?? op.upload) codes.add(ErrorCode.RequestInvalid);
  // Any POST or PUT may carry a body, which is parsed (and refused) before the handler sees it.
  if (op.body ?? (op.method === 'post' || op.method === 'put')) {
    codes.add(ErrorCode.RequestMalformedJson);
    codes.add(ErrorCode.RequestTooLarge);
    codes.add(ErrorCode.RequestUnsupportedMediaType);
  }
  if (op.auth !== 'public') codes.add(ErrorCode.Unauthenticated);
  if (op.roles) codes.add(ErrorCode.Forbidden);
  codes.add(ErrorCode.DependencyUnavailable);
  codes.add(ErrorCode.DependencyTimeout);
  if (op.rateLimit !== 'exempt') codes.add(ErrorCode.RateLimited);
  codes.add(ErrorCode.Internal);
  return [...codes].sort();
}

/** The error codes of an operation grouped by the HTTP status they are answered with. */
export function errorStatusesOf(op: HttpOperation): Map<number, ErrorCode[]> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(op)) {
    const status = HTTP_STATUS_OF_ERROR[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return new Map([...byStatus].sort(([a], [b]) => a - b));
}

/** `/tasks/{taskId}` → `/tasks/:taskId`, the router's spelling. */
export const routerPath = (path: string): string => path.replace(/\{([^}]+)\}/g, ':$1');
