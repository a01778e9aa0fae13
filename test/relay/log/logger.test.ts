import { describe, expect, it } from 'vitest';
import { Secret } from '../../../relay/src/config';
import { capturedLogger } from '../../helpers/captured-logger';

// pino writes through a stream; give it a tick to flush.
const flushed = () => new Promise((resolve) => setImmediate(resolve));

describe('createLogger', () => {
  it('writes structured JSON lines with level names and ISO times', async () => {
    const { logger, lines } = capturedLogger();
    logger.info({ recordId: '4711' }, 'vendor synced');
    await flushed();
    expect(lines()[0]).toMatchObject({ level: 'info', service: 'mlc-relay', recordId: '4711', msg: 'vendor synced' });
    expect(String(lines()[0]?.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('redacts credential fields by name, at the top level and nested', async () => {
    const { logger, text } = capturedLogger();
    logger.info({ authorization: 'Bearer abc123token', request: { headers: { authorization: 'Bearer xyz789token' } } });
    logger.info({ procurify: { clientSecret: 'cs-9a8b7c' }, token: 'tok-1a2b3c' });
    await flushed();
    for (const value of ['abc123token', 'xyz789token', 'cs-9a8b7c', 'tok-1a2b3c']) expect(text()).not.toContain(value);
    expect(text()).toContain('[redacted]');
  });

  it('scrubs configured secret values wherever they appear, even inside messages and errors', async () => {
    const secret = 'super-secret-"value"-42';
    const { logger, text } = capturedLogger({ secrets: [secret] });
    logger.error({ err: new Error(`login failed with ${secret}`) }, `could not use ${secret}`);
    await flushed();
    expect(text()).not.toContain('super-secret');
    expect(text()).toContain('could not use [redacted]');
  });

  it('prints wrapped secrets as [redacted]', async () => {
    const { logger, text } = capturedLogger();
    logger.info({ value: new Secret('wrapped-secret-123') });
    await flushed();
    expect(text()).not.toContain('wrapped-secret-123');
  });
});
