import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pathOfUrl, relayUrl, signingInput, signRequest } from '../../suiteapp/src/lib/signing';

const SECRET = 'test-secret-with-some-length-0123456789';
const nodeHmacHex = (input: string) => createHmac('sha256', SECRET).update(input, 'utf8').digest('hex');

describe('signing input (v2)', () => {
  it('joins timestamp, account, upper-case method, path with query and raw body with dots', () => {
    const input = signingInput({
      timestamp: 1763647391,
      accountId: '1234567_SB1',
      method: 'POST',
      path: '/v1/netsuite/events',
      body: '{"a":1}',
    });
    expect(input).toBe('1763647391.1234567_SB1.POST./v1/netsuite/events.{"a":1}');
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

describe('signed requests (v2)', () => {
  const now = new Date('2026-11-20T14:03:11.900Z');

  it('match a fixed test vector computed with node:crypto', () => {
    // createHmac('sha256', SECRET).update('1795183391.1234567_SB1.POST./mlc/v1/netsuite/events?x=1.' + body)
    const body = '{"schemaVersion":1,"eventId":"vendorbill-1002-x"}';
    const request = signRequest({
      method: 'POST',
      url: 'https://relay.example.com/mlc/v1/netsuite/events?x=1',
      body,
      accountId: '1234567_SB1',
      now,
      hmacHex: nodeHmacHex,
    });
    expect(request.headers['x-mlc-signature']).toBe(
      'v2=cb3d59aa22e2ec9276fe791fd46d3cc8ed8a8bb8e85a520262799c4a705952ab',
    );
  });

  it('sign a POST with the account header, the timestamp and the content type', () => {
    const body = JSON.stringify({ events: [{ eventId: 'vendor-4711-x' }] });
    const request = signRequest({
      method: 'POST',
      url: 'https://relay.example.com/v1/netsuite/events',
      body,
      accountId: '1234567_SB1',
      now,
      hmacHex: nodeHmacHex,
    });
    const expected = nodeHmacHex(`1795183391.1234567_SB1.POST./v1/netsuite/events.${body}`);
    expect(request.headers).toEqual({
      'x-mlc-account': '1234567_SB1',
      'x-mlc-timestamp': '1795183391',
      'x-mlc-signature': `v2=${expected}`,
      'content-type': 'application/json',
    });
    expect(request.body).toBe(body);
  });

  it('sign a GET over an empty body and send no content type', () => {
    const request = signRequest({
      method: 'GET',
      url: 'https://relay.example.com/v1/netsuite/records/vendorbill/55',
      body: 'ignored',
      accountId: '1234567_SB1',
      now,
      hmacHex: nodeHmacHex,
    });
    expect(request.headers['x-mlc-signature']).toBe(
      'v2=dc115200be27f24ce46c9425d7e2aefe321e96bdaf5db4bc361ed8627902dc1f',
    );
    expect(request.headers['content-type']).toBeUndefined();
    expect(request.body).toBe('');
  });

  it('give another account another signature for the same request', () => {
    const sign = (accountId: string) =>
      signRequest({
        method: 'POST',
        url: 'https://r.example/v1/netsuite/events',
        body: '{}',
        accountId,
        now,
        hmacHex: nodeHmacHex,
      }).headers['x-mlc-signature'];
    expect(sign('1234567')).not.toBe(sign('7654321'));
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
    expect(request.headers['x-mlc-signature']).toMatch(/^v2=[0-9a-f]{64}$/);
  });
});
