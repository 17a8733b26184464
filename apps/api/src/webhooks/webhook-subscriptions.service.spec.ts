import type { DeliveryView } from '@duban/contracts';
import { classified } from './webhook-subscriptions.service';

const delivery: DeliveryView = {
  id: 'whs_0123456789abcdef01234567:evt-1',
  subscriptionId: 'whs_0123456789abcdef01234567',
  eventId: 'evt-1',
  eventType: 'duban.task.submitted.v1',
  subject: 'shenzhen-2009-98.T1.STIIC',
  state: 'dead',
  attempts: 8,
  manualRetries: 0,
  createdAt: '2026-03-02T01:00:00.000Z',
};

describe('a delivery as the API shows it', () => {
  it('shows a classification as it is', () => {
    expect(classified({ ...delivery, lastStatus: 503, lastError: 'http-5xx' })).toEqual({ ...delivery, lastStatus: 503, lastError: 'http-5xx' });
    expect(classified({ ...delivery, lastError: 'egress-refused' }).lastError).toBe('egress-refused');
    expect(classified(delivery)).not.toHaveProperty('lastError');
  });

  it('never shows the text a record from before issue 12 holds (a receiver answer, a network error), only its class', () => {
    expect(classified({ ...delivery, lastStatus: 500, lastError: 'HTTP 500: {"db":"mongodb://internal:27017","user":"root"}' }).lastError).toBe('http-5xx');
    expect(classified({ ...delivery, lastStatus: 404, lastError: 'HTTP 404: Not Found' }).lastError).toBe('http-4xx');
    expect(classified({ ...delivery, lastStatus: 302, lastError: 'HTTP 302' }).lastError).toBe('redirect');
    expect(classified({ ...delivery, lastStatus: 410, lastError: 'HTTP 410 Gone: the subscription was disabled' }).lastError).toBe('gone');
    expect(classified({ ...delivery, lastError: 'fetch failed: connect ECONNREFUSED 10.0.0.5:8080' }).lastError).toBe('unclassified');
    expect(classified({ ...delivery, state: 'cancelled', lastError: 'subscription deleted' }).lastError).toBe('subscription-deleted');
    expect(classified({ ...delivery, state: 'cancelled', lastError: 'subscription disabled: disabled' }).lastError).toBe('subscription-disabled');
  });
});
