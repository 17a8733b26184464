import { HttpCode, RequestMapping, RequestMethod, SetMetadata } from '@nestjs/common';
import { routerPath, type HttpOperation, type ResponseOf } from '@duban/contracts';
import { Public, Roles } from './auth.guard';

/** Metadata key under which a handler keeps the operation it serves. */
export const OPERATION = 'duban:operation';

const METHODS = { get: RequestMethod.GET, post: RequestMethod.POST, put: RequestMethod.PUT, delete: RequestMethod.DELETE } as const;

/**
 * Routes a handler from its operation in `@duban/contracts`: method, path, success status and
 * roles come from the one definition `/docs/openapi.json` is generated from, so the document
 * cannot describe a route the API does not serve. The handler must return the operation's
 * response type (checked at compile time).
 */
export function Operation<O extends HttpOperation>(op: O) {
  return <T extends (...args: never[]) => Promise<ResponseOf<O>> | ResponseOf<O>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<T>): void => {
    RequestMapping({ path: routerPath(op.path), method: METHODS[op.method] })(target, key, descriptor);
    HttpCode(op.success.status)(target, key, descriptor);
    if (op.roles) Roles(...op.roles)(target, key, descriptor);
    if (op.auth === 'public') Public()(target, key, descriptor);
    SetMetadata(OPERATION, op)(target, key, descriptor);
  };
}
