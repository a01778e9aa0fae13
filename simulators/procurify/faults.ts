import { randomUUID } from 'node:crypto';

// Switchable faults, each for one route (method + path pattern) or for every route. A rule with
// `times` fires that many times and then removes itself (a burst); without it, it stays until cleared.

export type FaultSpec =
  | { kind: 'rate_limit'; retryAfterSeconds?: number | null }
  | { kind: 'server_error'; status?: number }
  | { kind: 'latency'; ms: number }
  | { kind: 'hang' }
  | { kind: 'drop_after_commit' };

export type FaultInput = FaultSpec & {
  /** HTTP method, or omitted / `*` for any. */
  method?: string;
  /** Path pattern: `*` matches one segment, `**` anything; omitted for every path. */
  path?: string;
  times?: number;
};

export type FaultRule = FaultInput & { id: string };

const KINDS = new Set(['rate_limit', 'server_error', 'latency', 'hang', 'drop_after_commit']);

export interface FaultRegistry {
  add(input: FaultInput): FaultRule;
  remove(id: string): boolean;
  clear(): void;
  list(): FaultRule[];
  /** The rules that apply to this request, consuming one use of each. */
  take(method: string, path: string): FaultRule[];
}

export function parseFaultInput(input: unknown): FaultInput {
  const candidate = input as Partial<FaultInput> | null;
  if (!candidate || typeof candidate !== 'object' || !KINDS.has(String(candidate.kind))) {
    throw new Error(`a fault needs a kind, one of ${[...KINDS].join(', ')}`);
  }
  if (candidate.kind === 'latency' && !(typeof candidate.ms === 'number' && candidate.ms >= 0)) {
    throw new Error('a latency fault needs ms (a number of milliseconds, 0 or more)');
  }
  if (candidate.times !== undefined && !(Number.isInteger(candidate.times) && candidate.times > 0)) {
    throw new Error('times must be a positive integer');
  }
  return candidate as FaultInput;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*\*|\*)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export function createFaultRegistry(): FaultRegistry {
  let rules: (FaultRule & { regex?: RegExp })[] = [];
  return {
    add(input) {
      const rule = { ...parseFaultInput(input), id: randomUUID() };
      rules.push({ ...rule, regex: rule.path ? patternToRegExp(rule.path) : undefined });
      return rule;
    },
    remove(id) {
      const before = rules.length;
      rules = rules.filter((rule) => rule.id !== id);
      return rules.length < before;
    },
    clear: () => {
      rules = [];
    },
    list: () => rules.map(({ regex: _regex, ...rule }) => rule),
    take(method, path) {
      const matched = rules.filter(
        (rule) =>
          (!rule.method || rule.method === '*' || rule.method.toUpperCase() === method.toUpperCase()) &&
          (!rule.regex || rule.regex.test(path)),
      );
      for (const rule of matched) {
        if (rule.times !== undefined) rule.times -= 1;
      }
      rules = rules.filter((rule) => rule.times === undefined || rule.times > 0);
      return matched.map(({ regex: _regex, ...rule }) => rule);
    },
  };
}
