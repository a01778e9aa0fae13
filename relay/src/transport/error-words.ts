// An API's error body in words: sync/failure-message.ts writes a refused request's message with the
// words inside the body, and the pages show messages stored before that ("NetSuite rejected the
// request (HTTP 400): {…}", cut at 200 characters) the same way, never the JSON.

/** Keys whose text is the human part of an error body (NetSuite REST, Procurify / Django REST Framework). */
const WORD_KEYS = ['detail', 'message', 'title', 'error', 'error_description', 'non_field_errors'];
/** Keys that say nothing to a reader. */
const NOISE_KEYS = new Set(['type', 'status', 'o:errorCode', 'o:errorPath', 'o:errorQueryParam', 'code', 'requestId']);

/** The words inside an error body (parsed JSON or its text); null when it has none. */
export function bodyInWords(body: unknown): string | null {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return body.trim() || null;
    }
  }
  const words = sentences(value);
  return words.length > 0 ? words.join(' ') : null;
}

export function inWords(text: string): string {
  const start = jsonStart(text);
  if (start < 0) return text;
  const lead = text.slice(0, start).trimEnd();
  const words = wordsOf(text.slice(start));
  const tail = words.length > 0 ? words.join(' ') : 'the answer had no readable message (the relay log has it)';
  return `${lead}${lead && !lead.endsWith(':') ? ':' : ''} ${tail}`.trim();
}

/**
 * Where an error body begins: a whole message that is JSON, or the body after "(HTTP 400): " as
 * sync/failure-message.ts writes it. Anything else is the user's own text and is left alone.
 */
function jsonStart(text: string): number {
  const match = /(^|\(HTTP \d{3}\):\s*)([{[])\s*["{[\]}]/.exec(text);
  return match ? match.index + match[1]!.length : -1;
}

function wordsOf(json: string): string[] {
  try {
    return sentences(JSON.parse(json.replace(/…$/, '')));
  } catch {
    // Cut short: pick the messages out of the text that is there.
    const found: string[] = [];
    const pattern = /"([\w:]+)"\s*:\s*\[?\s*"((?:[^"\\]|\\.)*)("|…|$)/g;
    for (const [, key, value, end] of json.matchAll(pattern)) {
      if (NOISE_KEYS.has(key!) || /^https?:/.test(value!)) continue;
      const readable = unescape(value!.replace(/\s*…$/, '')) + (end === '"' ? '' : '…');
      found.push(WORD_KEYS.includes(key!) ? readable : `${key}: ${readable}`);
    }
    return dedupe(found.map(sentence));
  }
}

function sentences(value: unknown, key = ''): string[] {
  if (typeof value === 'string') {
    if (NOISE_KEYS.has(key) || /^https?:/.test(value)) return [];
    return [sentence(!key || WORD_KEYS.includes(key) || /^\d+$/.test(key) ? value : `${key}: ${value}`)];
  }
  if (Array.isArray(value)) {
    return dedupe(value.flatMap((item) => sentences(item, key)));
  }
  if (value && typeof value === 'object') {
    return dedupe(
      Object.entries(value as Record<string, unknown>).flatMap(([name, item]) =>
        NOISE_KEYS.has(name) ? [] : sentences(item, WORD_KEYS.includes(name) || name.startsWith('o:') ? '' : name),
      ),
    );
  }
  return [];
}

function unescape(value: string): string {
  try {
    return JSON.parse(`"${value}"`) as string;
  } catch {
    return value.replace(/\\"/g, '"');
  }
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}
