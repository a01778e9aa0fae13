import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../relay/src/log/logger';

/** A real pino logger whose JSON lines are kept in memory for assertions. */
export function capturedLogger(options: { secrets?: string[]; level?: string } = {}): {
  logger: Logger;
  lines: () => Record<string, unknown>[];
  text: () => string;
} {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  const logger = createLogger({ level: options.level ?? 'trace', secrets: options.secrets, destination });
  const text = () => chunks.join('');
  const lines = () =>
    text()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines, text };
}
