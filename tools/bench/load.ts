import autocannon from 'autocannon';

/** One route read in a block of load. */
export interface Route {
  name: string;
  path: string;
  /** Bearer token; none for the unknown-route floor. */
  token?: string;
  /** The status a correct answer has (404 for the floor). */
  expect: number;
}

/** What one block of load on one route gave. */
export interface BlockResult {
  route: string;
  round: number;
  connections: number;
  /** Wall time of the block, ms. */
  elapsedMs: number;
  /** Answers with the expected status. */
  ok: number;
  /** Answers with any other status, by status. */
  unexpected: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Expected answers per second. */
  rps: number;
  /** Latency of each expected answer, ms. */
  latencies: number[];
}

/**
 * `connections` clients, each sending its next request as soon as the last one was answered, at
 * `baseUrl + route.path` for `durationS` seconds; a request unanswered after `timeoutS` counts as a
 * timeout. Only loopback: the caller passes the API's 127.0.0.1 address.
 */
export function runBlock(baseUrl: string, route: Route, round: number, { connections, durationS, timeoutS }: { connections: number; durationS: number; timeoutS: number }): Promise<BlockResult> {
  const latencies: number[] = [];
  const unexpected: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}${route.path}`,
        method: 'GET',
        headers: route.token ? { authorization: `Bearer ${route.token}` } : {},
        connections,
        duration: durationS,
        timeout: timeoutS,
      },
      (error, result) => {
        if (error) return reject(error);
        const elapsedMs = result.finish.getTime() - result.start.getTime();
        resolve({
          route: route.name,
          round,
          connections,
          elapsedMs,
          ok: latencies.length,
          unexpected,
          errors: result.errors,
          timeouts: result.timeouts,
          rps: latencies.length / (elapsedMs / 1000),
          latencies,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === route.expect) latencies.push(responseTime);
      else unexpected[String(statusCode)] = (unexpected[String(statusCode)] ?? 0) + 1;
    });
  });
}

/**
 * Rounds of one block per route, every round in a rotated order, so each route runs next to
 * each other at every position (A B C …, B C … A, …) and slow drift of a shared machine falls on
 * all of them alike; ratios are then taken within a round.
 */
export async function alternate(
  baseUrl: string,
  routes: readonly Route[],
  rounds: number,
  options: { connections: number; durationS: number; timeoutS: number },
  onBlock?: (block: BlockResult) => void,
): Promise<BlockResult[]> {
  const blocks: BlockResult[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = routes.map((_, i) => routes[(i + round) % routes.length] as Route);
    for (const route of order) {
      const block = await runBlock(baseUrl, route, round, options);
      blocks.push(block);
      onBlock?.(block);
    }
  }
  return blocks;
}
