import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Secret } from '../../../relay/src/config';
import { sign, signedHeaders, signingInput, tokensEqual, verifySignature } from '../../../relay/src/crypto/signature';

const current = new Secret('current-event-secret-1234');
const previous = new Secret('previous-event-secret-5678');

describe('request signatures', () => {
  const parts = (overrides: Partial<Parameters<typeof signingInput>[0]> = {}) => ({
    timestamp: '1764240000',
    account: '1234567_SB1',
    method: 'post',
    pathWithQuery: '/v1/netsuite/events?x=1',
    body: '{"a":1}',
    ...overrides,
  });

  it('signs `<timestamp>.<account>.<METHOD>.<path>.<raw body>` as v2=<lower-case hex HMAC-SHA256>', () => {
    const input = signingInput(parts());
    expect(input).toBe('1764240000.1234567_SB1.POST./v1/netsuite/events?x=1.{"a":1}');
    const expected = createHmac('sha256', 'current-event-secret-1234').update(input).digest('hex');
    expect(sign(current, input)).toBe(`v2=${expected}`);
    // A fixed vector, so the SuiteApp's signer and this one cannot drift apart unnoticed.
    expect(sign(current, input)).toBe('v2=0f4948e8908cbd2da5bb16b4c02eedf1c863aadaef73b928c2b1939d579d4f69');
    expect(signedHeaders(current, parts())).toEqual({
      'x-mlc-account': '1234567_SB1',
      'x-mlc-timestamp': '1764240000',
      'x-mlc-signature': `v2=${expected}`,
    });
  });

  it('does not verify a request signed for one account as one for another', () => {
    const signed = sign(current, signingInput(parts({ account: '1234567_SB1' })));
    expect(verifySignature(signed, signingInput(parts({ account: '1234567_SB1' })), [current])).toBe(true);
    expect(verifySignature(signed, signingInput(parts({ account: '7654321' })), [current])).toBe(false);
  });

  it('accepts the current secret and, during a rotation, the previous one', () => {
    const input = signingInput(parts({ method: 'GET', pathWithQuery: '/v1/netsuite/records/vendor/1', body: '' }));
    expect(verifySignature(sign(current, input), input, [current, previous])).toBe(true);
    expect(verifySignature(sign(previous, input), input, [current, previous])).toBe(true);
    expect(verifySignature(sign(previous, input), input, [current])).toBe(false);
  });

  it.each([
    ['a missing header', undefined],
    ['upper-case hex', `v2=${'A'.repeat(64)}`],
    ['the retired version 1', `v1=${'a'.repeat(64)}`],
    ['two values', `v2=${'a'.repeat(64)},v2=${'b'.repeat(64)}`],
    ['a short digest', 'v2=abcd'],
  ])('refuses %s', (_name, header) => {
    expect(verifySignature(header, 'input', [current])).toBe(false);
  });

  it('refuses a signature over another body', () => {
    const signed = sign(current, signingInput(parts({ body: 'body' })));
    expect(verifySignature(signed, signingInput(parts({ body: 'body!' })), [current])).toBe(false);
  });

  it('compares tokens of any length without throwing', () => {
    expect(tokensEqual('abc', 'abc')).toBe(true);
    expect(tokensEqual('abc', 'abcd')).toBe(false);
    expect(tokensEqual('', 'abc')).toBe(false);
  });
});
