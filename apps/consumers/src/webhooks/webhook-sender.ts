import { createHmac } from 'node:crypto';
import { CLOUDEVENTS_JSON, WebhookHeader } from '@duban/contracts';
import { signatureHeader, type HmacSha256Hex } from '@duban/domain';

/** Node's HMAC-SHA256, hex: the one the signature scheme is computed with. */
export const nodeHmacSha256: HmacSha256Hex = (secret, message) => createHmac('sha256', secret).update(message, 'utf8').digest('hex');

export interface WebhookRequest {
  url: string;
  secret: string;
  deliveryId: string;
  eventId: string;
  eventType: string;
  /** The CloudEvent JSON, sent byte for byte as stored. */
  body: string;
  attempt: number;
}

export type WebhookResponse = { kind: 'delivered'; status: number } | { kind: 'gone'; status: 410 } | { kind: 'failed'; status?: number; error: string };

/**
 * One attempt: POSTs the CloudEvent (structured mode) with its signature and delivery headers.
 * A 2xx is delivered; 410 Gone means the receiver wants no more; anything else, a redirect (not
 * followed: the subscription's URL is the only place an event goes), a timeout or a network error
 * is a failed attempt.
 */
export async function sendWebhook(request: WebhookRequest, timeoutMs: number, now: Date = new Date()): Promise<WebhookResponse> {
  const timestamp = Math.floor(now.getTime() / 1000);
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': CLOUDEVENTS_JSON,
        'user-agent': 'Duban-Webhooks/1',
        [WebhookHeader.EventId]: request.eventId,
        [WebhookHeader.EventType]: request.eventType,
        [WebhookHeader.DeliveryId]: request.deliveryId,
        [WebhookHeader.DeliveryAttempt]: String(request.attempt),
        [WebhookHeader.Signature]: signatureHeader(request.secret, request.body, timestamp, nodeHmacSha256),
      },
      body: request.body,
    });
  } catch (e) {
    return { kind: 'failed', error: describeFetchError(e, timeoutMs) };
  }
  // Read (a little of) the answer, so the connection can be reused and the error says something.
  const text = await response.text().catch(() => '');
  if (response.status >= 200 && response.status < 300) return { kind: 'delivered', status: response.status };
  if (response.status === 410) return { kind: 'gone', status: 410 };
  const snippet = text.slice(0, 200).replace(/\s+/g, ' ').trim();
  return { kind: 'failed', status: response.status, error: `HTTP ${response.status}${snippet ? `: ${snippet}` : ''}` };
}

function describeFetchError(e: unknown, timeoutMs: number): string {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
  return `${e instanceof Error ? e.message : String(e)}${cause}`;
}
