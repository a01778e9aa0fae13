import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pathOfUrl, relayUrl, signingInput, signRequest } from '../../suiteapp/src/lib/signing';

const SECRET = 'test-secret-with-some-length-0123456789';
const nodeHmacHex = (input: string) => createHmac('sha256', SECRET).update(input, 'utf8').digest('hex');

describe('signing input', () => {
  it('joins timestamp, upper-case method, path with query and raw body with dots', () => {
    expect(signingInput(1763647391, 'POST', '/v1/netsuite/events', '{"a":1}')).toBe(
      '1763647391.POST./v1/netsuite/events.{"a":1}',
    );
  });

  it('keeps the query string and any path prefix of the relay URL', () => {
    expect(pathOfUrl('https://relay.example.com/mlc/v1/netsuite/records/vendor/4711?x=1')).toBe(
      '/mlc/v1/netsuite/records/vendor/4711?x=1',
    );
    expect(pathOfUrl('https://relay.example.com')).toBe('/');
    expect(relayUrl('https://relay.example.com/mlc/', '/v1/netsuite/events')).toBe(
      'https://relay.example.com/mlc/v1/netsuite/events',
    );
  });

  it('rejects a URL that is not absolute', () => {
    expect(() => pathOfUrl('/v1/netsuite/events')).toThrow('Not an absolute http(s) URL');
  });
});

describe('signed requests', () => {
  const now = new Date('2026-11-20T14:03:11.900Z');

  it('sign a POST exactly as Node computes HMAC-SHA256 over the contract string', () => {
    const body = JSON.stringify({ events: [{ eventId: 'vendor-4711-x' }] });
    const request = signRequest({
      method: 'POST',
      url: 'https://relay.example.com/v1/netsuite/events',
      body,
      accountId: '1234567_SB1',
      now,
      hmacHex: nodeHmacHex,
    });
    const expected = createHmac('sha256', SECRET).update(`1795183391.POST./v1/netsuite/events.${body}`).digest('hex');
    expect(request.headers).toEqual({
      'x-mlc-account': '1234567_SB1',
      'x-mlc-timestamp': '1795183391',
      'x-mlc-signature': `v1=${expected}`,
      'content-type': 'application/json',
    });
    expect(request.body).toBe(body);
  });

  it('sign a GET over an empty body and send no content type', () => {
    const request = signRequest({
      method: 'GET',
      url: 'https://relay.example.com/v1/netsuite/records/vendorbill/55',
      body: 'ignored',
      accountId: '1234567',
      now,
      hmacHex: nodeHmacHex,
    });
    const expected = createHmac('sha256', SECRET)
      .update('1795183391.GET./v1/netsuite/records/vendorbill/55.')
      .digest('hex');
    expect(request.headers['x-mlc-signature']).toBe(`v1=${expected}`);
    expect(request.headers['content-type']).toBeUndefined();
    expect(request.body).toBe('');
  });

  it('lower-cases a signature an HMAC implementation returned in upper case', () => {
    const request = signRequest({
      method: 'POST',
      url: 'https://relay.example.com/v1/netsuite/events',
      body: '{}',
      accountId: '1',
      now,
      hmacHex: (input) => nodeHmacHex(input).toUpperCase(),
    });
    expect(request.headers['x-mlc-signature']).toMatch(/^v1=[0-9a-f]{64}$/);
  });
});
