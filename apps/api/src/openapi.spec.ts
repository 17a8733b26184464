import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { API_OPERATIONS, apiDocument } from '@duban/contracts/openapi';
import { routerPath, type HttpOperation } from '@duban/contracts';
import { API_CONTROLLERS } from './app.module';
import { OPERATION } from './common/operation.decorator';

/** Every handler of every controller: its route as Nest registers it, and the operation it serves. */
function handlers(): { name: string; route: string; operation: HttpOperation | undefined }[] {
  return API_CONTROLLERS.flatMap((controller) => {
    const prefix = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '/');
    const proto = controller.prototype as unknown as Record<string, unknown>;
    return Object.getOwnPropertyNames(proto)
      .filter((key) => key !== 'constructor' && typeof proto[key] === 'function' && Reflect.hasMetadata(METHOD_METADATA, proto[key] as object))
      .map((key) => {
        const fn = proto[key] as object;
        const path = String(Reflect.getMetadata(PATH_METADATA, fn));
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as number];
        const route = `${method} ${`/${prefix}/${path}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1')}`;
        return { name: `${controller.name}.${key}`, route, operation: Reflect.getMetadata(OPERATION, fn) as HttpOperation | undefined };
      });
  });
}

describe('the API document', () => {
  const document = apiDocument();

  it('routes every handler from an operation, and every operation to exactly one handler', () => {
    const all = handlers();
    expect(all.filter((h) => h.operation === undefined).map((h) => h.name)).toEqual([]);
    const served = all.map((h) => h.route).sort();
    const declared = API_OPERATIONS.map((op) => `${op.method.toUpperCase()} ${routerPath(op.path)}`).sort();
    expect(served).toEqual(declared);
    expect(new Set(declared).size).toBe(declared.length);
  });

  it('has a schema for every 2xx and a problem+json schema naming the codes of every 4xx/5xx', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const [method, op] of Object.entries(item as Record<string, { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }>)) {
        for (const [status, response] of Object.entries(op.responses)) {
          const where = `${method.toUpperCase()} ${path} ${status}`;
          if (status === '204') continue;
          const media = Object.keys(response.content ?? {});
          if (Number(status) >= 400) {
            const schema = response.content?.['application/problem+json']?.schema as { properties?: { code?: { enum?: string[] } } } | undefined;
            // Problem details always; /health's 503 documents its own JSON body beside them.
            if (!media.includes('application/problem+json') || !schema?.properties?.code?.enum?.length) missing.push(`${where}: no problem+json with its codes`);
          } else if (media.length === 0 || media.some((m) => response.content?.[m]?.schema === undefined)) {
            missing.push(`${where}: no schema`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
    expect(Object.values(document.paths ?? {}).flatMap((item) => Object.keys(item as object)).length).toBe(API_OPERATIONS.length);
  });

  it('documents the 503 of every operation with Retry-After', () => {
    for (const item of Object.values(document.paths ?? {})) {
      for (const op of Object.values(item as Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>)) {
        expect(op.responses['503']?.headers?.['Retry-After']).toBeDefined();
      }
    }
  });
});
