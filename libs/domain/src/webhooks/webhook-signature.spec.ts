import { createHmac } from 'node:crypto';
import { constantTimeEqual, parseSignatureHeader, signatureHeader, signedPayload, verifySignature, type HmacSha256Hex } from './webhook-signature';

const hmac: HmacSha256Hex = (secret, message) => createHmac('sha256', secret).update(message, 'utf8').digest('hex');
const secret = 'whsec_test-secret';
const body = '{"id":"e-1","type":"duban.task.submitted.v1","data":{"summary":"指标体系"}}';
const t = 1_767_225_600; // 2026-01-01T00:00:00Z

describe('webhook signature', () => {
  it('signs t + "." + rawBody with HMAC-SHA256, hex, as t=…,v1=…', () => {
    // Computed independently: printf '%s' "1767225600.$body" | openssl dgst -sha256 -hmac whsec_test-secret
    const expected = '27f8ef238d24f427318657026fe839bd4d43ce9d315050d0308ccd19bb842038';
    expect(signedPayload(t, body)).toBe(`${t}.${body}`);
    expect(signatureHeader(secret, body, t, hmac)).toBe(`t=${t},v1=${expected}`);
  });

  it('refuses a timestamp that is not whole unix seconds', () => {
    expect(() => signatureHeader(secret, body, 1.5, hmac)).toThrow(RangeError);
    expect(() => signatureHeader(secret, body, -1, hmac)).toThrow(RangeError);
  });

  it('verifies its own signature within the tolerance window, on both sides', () => {
    const header = signatureHeader(secret, body, t, hmac);
    expect(verifySignature({ header, rawBody: body, secret, nowSeconds: t, hmac })).toEqual({ ok: true, timestamp: t });
    expect(verifySignature({ header, rawBody: body, secret, nowSeconds: t + 300, hmac }).ok).toBe(true);
    expect(verifySignature({ header, rawBody: body, secret, nowSeconds: t - 300, hmac }).ok).toBe(true);
    expect(verifySignature({ header, rawBody: body, secret, nowSeconds: t + 301, hmac })).toEqual({ ok: false, reason: 'outside-tolerance' });
    expect(verifySignature({ header, rawBody: body, secret, nowSeconds: t - 301, hmac })).toEqual({ ok: false, reason: 'outside-tolerance' });
    expect(verifySignature({ header, rawBody: body, secret, nowSeconds: t + 60, toleranceSeconds: 30, hmac })).toEqual({ ok: false, reason: 'outside-tolerance' });
  });

  it('rejects a changed body, another secret, a changed timestamp', () => {
    const header = signatureHeader(secret, body, t, hmac);
    expect(verifySignature({ header, rawBody: body.replace('指标', '指数'), secret, nowSeconds: t, hmac })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifySignature({ header, rawBody: `${body} `, secret, nowSeconds: t, hmac })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifySignature({ header, rawBody: body, secret: 'whsec_other', nowSeconds: t, hmac })).toEqual({ ok: false, reason: 'mismatch' });
    const moved = header.replace(`t=${t}`, `t=${t + 1}`);
    expect(verifySignature({ header: moved, rawBody: body, secret, nowSeconds: t, hmac })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('accepts any one matching v1 among several (secret rotation) and ignores unknown schemes', () => {
    const good = signatureHeader(secret, body, t, hmac).split(',v1=')[1] as string;
    const header = `t=${t},v0=abc,v1=${'0'.repeat(64)},v1=${good}`;
    expect(parseSignatureHeader(header)).toEqual({ timestamp: t, signatures: ['0'.repeat(64), good] });
    expect(verifySignature({ header, rawBody: body, secret, nowSeconds: t, hmac }).ok).toBe(true);
  });

  it('calls a missing or malformed header malformed', () => {
    for (const header of [undefined, '', 'v1=abc', `t=${t}`, `t=now,v1=${'a'.repeat(64)}`, `t=${t},v1=xyz`, 'garbage']) {
      expect(verifySignature({ header, rawBody: body, secret, nowSeconds: t, hmac })).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('compares strings fully', () => {
    expect(constantTimeEqual('abcd', 'abcd')).toBe(true);
    expect(constantTimeEqual('abcd', 'abce')).toBe(false);
    expect(constantTimeEqual('abcd', 'abc')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });
});
