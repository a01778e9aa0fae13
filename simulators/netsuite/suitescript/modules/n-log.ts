// N/log: entries are captured (titles cut to 99 characters, details to 3,999; objects as JSON).
import type { Engine, LogEntry } from '../engine';

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (value instanceof Error) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export function createLogModule(engine: Engine) {
  const write = (level: LogEntry['level']) => (titleOrOptions: unknown, details?: unknown) => {
    const options =
      typeof titleOrOptions === 'object' &&
      titleOrOptions !== null &&
      ('title' in titleOrOptions || 'details' in titleOrOptions)
        ? (titleOrOptions as { title?: unknown; details?: unknown })
        : { title: titleOrOptions, details };
    engine.log({ level, title: text(options.title).slice(0, 99), details: text(options.details).slice(0, 3999) });
  };
  return { debug: write('debug'), audit: write('audit'), error: write('error'), emergency: write('emergency') };
}
