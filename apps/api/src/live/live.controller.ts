import { Controller, Req, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '@duban/auth';
import { ErrorCode, LIVE_OPERATIONS as OP } from '@duban/contracts';
import { ApiError } from '../common/api-error';
import { CurrentPrincipal } from '../common/auth.guard';
import { Operation } from '../common/operation.decorator';
import { rateLimitedHeaders, subjectKeyOf } from '../common/rate-limit.policy';
import { LiveFeedService } from './live-feed.service';

/** Seconds a caller over the stream cap is told to wait (one reconnect delay). */
const RETRY_AFTER_SECONDS = 3;

/**
 * `GET /live`: server-sent events (see `LIVE_OPERATIONS.streamLive`). The handler returns as soon
 * as the stream is open, so the request budget covers only its start and the rate limits count it
 * once; the stream itself stays open until the client leaves or the API shuts down.
 */
@Controller()
export class LiveController {
  constructor(private readonly feed: LiveFeedService) {}

  @Operation(OP.streamLive)
  async stream(@CurrentPrincipal() principal: Principal, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const lastEventId = req.headers['last-event-id'];
    const key = subjectKeyOf(principal);
    let out;
    try {
      out = await this.feed.open({ unit: principal.unit, roles: principal.roles }, key, typeof lastEventId === 'string' ? lastEventId : undefined);
    } catch (e) {
      if (e instanceof ApiError && e.code === ErrorCode.RateLimited) void reply.headers(rateLimitedHeaders(this.feed.maxStreamsPerCaller, RETRY_AFTER_SECONDS));
      throw e;
    }
    // The client going away (the response's connection closed) ends the stream and releases it in
    // the hub. The response's event, not the request's: a request's 'close' only says its body was read.
    reply.raw.once('close', () => out.destroy());
    void reply.headers({ 'cache-control': 'no-cache, no-transform', 'x-accel-buffering': 'no' });
    return new StreamableFile(out, { type: 'text/event-stream; charset=utf-8' });
  }
}
