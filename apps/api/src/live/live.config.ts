import { z } from 'zod';
import { env } from '@duban/config';

/** The live stream's settings (spread into the API's config shape). Ours, not the seed plan's. */
export const liveConfigShape = {
  /** How often the one feed tail per API process reads the feed while a stream is open (ms). */
  LIVE_POLL_MS: env.ms(500, 50, 10_000),
  /** A comment line this often keeps idle streams open through proxies (ms). */
  LIVE_HEARTBEAT_MS: env.ms(15_000, 1000, 120_000),
  /** Open streams one caller (token subject) may hold at once; one more is a 429. */
  LIVE_MAX_STREAMS_PER_CALLER: z.coerce.number().int().min(1).max(100).default(5),
  /** How many feed positions back a Last-Event-ID may resume from; further back is `event: reset`. */
  LIVE_REPLAY_LIMIT: z.coerce.number().int().min(32).max(10_000).default(1000),
  /**
   * How long the tail waits for a missing feed position (claimed, not yet written) before it
   * passes over it (ms): an entry written later than that is not streamed (its reads are right).
   */
  LIVE_GAP_WAIT_MS: env.ms(2000, 0, 60_000),
};
export type LiveConfig = z.infer<z.ZodObject<typeof liveConfigShape>>;
