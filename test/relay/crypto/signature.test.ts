import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Secret } from '../../../relay/src/config';
import { sign, signingInput, tokensEqual, verifySignature } from '../../../relay/src/crypto/signature';

const current = new Secret('current-event-secret-1234');
const previous = new Secret('previous-event-secret-5678');

describe('request signatures', () => {
  it('signs `<timestamp>.<METHOD>.<path>.<raw body>` as v1=<lower-case hex HMAC-SHA256>', () => {
    const input = signingInput('1764240000', 'post', '/v1/netsuite/events', '{"a":1}');
    expect(input).toBe('1764240000.POST./v1/netsuite/events.{"a":1}');
    const expected = createHmac('sha256', 'current-event-secret-1234').update(input).digest('hex');
    expect(sign(current, input)).toBe(`v1=${expected}`);
  });

  it('accepts the current secret and, during a rotation, the previous one', () => {
    const input = signingInput('1', 'GET', '/v1/netsuite/records/vendor/1', '');
    expect(verifySignature(sign(current, input), input, [current, previous])).toBe(true);
    expect(verifySignature(sign(previous, input), input, [current, previous])).toBe(true);
    expect(verifySignature(sign(previous, input), input, [current])).toBe(false);
  });

  it.each([
    ['a missing header', undefined],
    ['upper-case hex', `v1=${'A'.repeat(64)}`],
    ['another version', `v2=${'a'.repeat(64)}`],
    ['two values', `v1=${'a'.repeat(64)},v1=${'b'.repeat(64)}`],
    ['a short digest', 'v1=abcd'],
  ])('refuses %s', (_name, header) => {
    expect(verifySignature(header, 'input', [current])).toBe(false);
  });

  it('refuses a signature over another body', () => {
    const signed = sign(current, signingInput('1', 'POST', '/p', 'body'));
    expect(verifySignature(signed, signingInput('1', 'POST', '/p', 'body!'), [current])).toBe(false);
  });

  it('compares tokens of any length without throwing', () => {
    expect(tokensEqual('abc', 'abc')).toBe(true);
    expect(tokensEqual('abc', 'abcd')).toBe(false);
    expect(tokensEqual('', 'abc')).toBe(false);
  });
});
