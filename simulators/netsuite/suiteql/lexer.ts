import { SuiteQlError } from './errors';

export type Token =
  | { kind: 'word'; value: string; upper: string; position: number }
  | { kind: 'quoted'; value: string; position: number }
  | { kind: 'string'; value: string; position: number }
  | { kind: 'number'; value: number; position: number }
  | { kind: 'symbol'; value: string; position: number }
  | { kind: 'end'; position: number };

const SYMBOLS = ['<>', '!=', '<=', '>=', '||', '=', '<', '>', ',', '(', ')', '.', '*', '-', '+'];

/** Splits SuiteQL text into tokens. Strings use '' to escape a quote, as in Oracle. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    const rest = text.slice(position);
    const space = /^\s+/.exec(rest);
    if (space) {
      position += space[0].length;
      continue;
    }
    const start = position;
    const char = text[position] as string;
    if (char === "'") {
      let value = '';
      position++;
      for (;;) {
        if (position >= text.length) throw new SuiteQlError(`unterminated string literal at position ${start}`);
        const next = text[position] as string;
        if (next === "'" && text[position + 1] === "'") {
          value += "'";
          position += 2;
        } else if (next === "'") {
          position++;
          break;
        } else {
          value += next;
          position++;
        }
      }
      tokens.push({ kind: 'string', value, position: start });
      continue;
    }
    if (char === '"') {
      const end = text.indexOf('"', position + 1);
      if (end < 0) throw new SuiteQlError(`unterminated quoted identifier at position ${start}`);
      tokens.push({ kind: 'quoted', value: text.slice(position + 1, end), position: start });
      position = end + 1;
      continue;
    }
    const number = /^\d+(\.\d+)?/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), position: start });
      position += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_$#]*/.exec(rest);
    if (word) {
      tokens.push({ kind: 'word', value: word[0], upper: word[0].toUpperCase(), position: start });
      position += word[0].length;
      continue;
    }
    const symbol = SYMBOLS.find((candidate) => rest.startsWith(candidate));
    if (!symbol) throw new SuiteQlError(`unexpected character '${char}' at position ${start}`);
    tokens.push({ kind: 'symbol', value: symbol, position: start });
    position += symbol.length;
  }
  tokens.push({ kind: 'end', position });
  return tokens;
}
