import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { PROMETHEUS_CONTENT_TYPE } from './metrics';

/** What a readiness check found: ready or not, and a JSON-safe detail for the answer body. */
export interface ProbeReadiness {
  ready: boolean;
  detail: Record<string, unknown>;
}

export interface ProbeServerOptions {
  host: string;
  port: number;
  /**
   * `/health/ready`'s check. It must answer within `timeoutMs` or it counts as not ready: a probe
   * never hangs on the dependency it is asking about.
   */
  ready: () => Promise<ProbeReadiness>;
  /** `/metrics`' Prometheus text. */
  metrics: () => Promise<string>;
  /** Limit of one readiness check or metrics collection, in milliseconds (default 2000). */
  timeoutMs?: number;
  /** Further `GET` routes (e.g. the consumers' historical `/health`), answered before the standard ones. */
  extra?: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>>;
}

class ProbeTimeout extends Error {}

async function within<T>(timeoutMs: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ProbeTimeout(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The probe server of an app that serves no HTTP of its own (worker, consumers): `GET /health/live`
 * (200 while the process runs its event loop; checks nothing, so a dependency's outage never makes
 * an orchestrator restart it), `GET /health/ready` (200 or 503 with the check's detail) and
 * `GET /metrics`. Anything else is 404. Resolves once listening; the server is `unref`'d so it
 * never keeps a stopping process alive.
 */
export function startProbeServer(options: ProbeServerOptions): Promise<Server> {
  const timeoutMs = options.timeoutMs ?? 2000;
  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const handle = async (): Promise<void> => {
      if (req.method !== 'GET') return void res.writeHead(405, { allow: 'GET' }).end();
      const extra = options.extra?.[path];
      if (extra) return extra(req, res);
      if (path === '/health/live') return json(res, 200, { status: 'up' });
      if (path === '/health/ready') {
        const found = await within(timeoutMs, options.ready).catch((e: unknown): ProbeReadiness => ({ ready: false, detail: { error: e instanceof ProbeTimeout ? e.message : 'check failed' } }));
        if (!found.ready) res.setHeader('retry-after', '5');
        return json(res, found.ready ? 200 : 503, { status: found.ready ? 'ready' : 'not-ready', ...found.detail });
      }
      if (path === '/metrics') {
        const text = await within(timeoutMs, options.metrics);
        return void res.writeHead(200, { 'content-type': PROMETHEUS_CONTENT_TYPE, 'cache-control': 'no-store' }).end(text);
      }
      res.writeHead(404).end();
    };
    handle().catch(() => {
      if (!res.headersSent) res.writeHead(503, { 'retry-after': '5' });
      res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      server.unref();
      resolve(server);
    });
  });
}
