import type { CompareOperator, Expr, SelectItem, SelectStatement, TableReference } from './ast';
import { SuiteQlError } from './errors';
import { tokenize, type Token } from './lexer';

const RESERVED = new Set(
  'SELECT DISTINCT FROM WHERE AND OR NOT IN IS NULL LIKE INNER LEFT RIGHT OUTER FULL JOIN ON ORDER BY ASC DESC FETCH FIRST NEXT ROWS ROW ONLY AS GROUP HAVING UNION OFFSET'.split(
    ' ',
  ),
);
const COMPARE = new Set(['=', '<>', '!=', '<', '>', '<=', '>=']);

/** Parses one SELECT statement of the supported subset; anything else is a SuiteQlError. */
export function parseSuiteQl(text: string): SelectStatement {
  return new Parser(tokenize(text)).statement();
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  statement(): SelectStatement {
    this.expectWord('SELECT');
    const distinct = this.acceptWord('DISTINCT');
    const items: SelectItem[] = [this.selectItem()];
    while (this.acceptSymbol(',')) items.push(this.selectItem());
    this.expectWord('FROM');
    const from = this.tableReference();
    const joins: SelectStatement['joins'] = [];
    for (;;) {
      let type: 'inner' | 'left' | null = null;
      if (this.acceptWord('INNER')) type = 'inner';
      else if (this.acceptWord('LEFT')) {
        this.acceptWord('OUTER');
        type = 'left';
      } else if (this.peekWord('JOIN')) type = 'inner';
      if (!type) break;
      this.expectWord('JOIN');
      const table = this.tableReference();
      this.expectWord('ON');
      joins.push({ type, table, on: this.expression() });
    }
    const where = this.acceptWord('WHERE') ? this.expression() : null;
    const orderBy: SelectStatement['orderBy'] = [];
    if (this.acceptWord('ORDER')) {
      this.expectWord('BY');
      do {
        const expr = this.expression();
        const descending = this.acceptWord('DESC');
        if (!descending) this.acceptWord('ASC');
        orderBy.push({ expr, descending });
      } while (this.acceptSymbol(','));
    }
    let fetchFirst: number | null = null;
    if (this.acceptWord('FETCH')) {
      if (!this.acceptWord('FIRST')) this.expectWord('NEXT');
      const count = this.next();
      if (count.kind !== 'number' || !Number.isInteger(count.value)) throw this.error(count, 'a row count');
      fetchFirst = count.value;
      if (!this.acceptWord('ROWS')) this.expectWord('ROW');
      this.expectWord('ONLY');
    }
    const end = this.next();
    if (end.kind !== 'end') throw this.error(end, 'the end of the query');
    return { distinct, items, from, joins, where, orderBy, fetchFirst };
  }

  private selectItem(): SelectItem {
    if (this.acceptSymbol('*')) return { kind: 'all', table: null };
    const token = this.peek();
    const after = this.tokens[this.position + 1];
    const afterThat = this.tokens[this.position + 2];
    if (
      token.kind === 'word' &&
      after?.kind === 'symbol' &&
      after.value === '.' &&
      afterThat?.kind === 'symbol' &&
      afterThat.value === '*'
    ) {
      this.position += 3;
      return { kind: 'all', table: token.value.toLowerCase() };
    }
    const expr = this.expression();
    return { kind: 'expr', expr, alias: this.alias() };
  }

  private alias(): string | null {
    const explicit = this.acceptWord('AS');
    const token = this.peek();
    if (token.kind === 'quoted' || (token.kind === 'word' && !RESERVED.has(token.upper))) {
      this.position++;
      return token.value.toLowerCase();
    }
    if (explicit) throw this.error(token, 'an alias');
    return null;
  }

  private tableReference(): TableReference {
    const token = this.next();
    if (token.kind !== 'word' || RESERVED.has(token.upper)) throw this.error(token, 'a table name');
    return { table: token.value.toLowerCase(), alias: this.alias() };
  }

  expression(): Expr {
    let left = this.conjunction();
    while (this.acceptWord('OR')) left = { kind: 'or', left, right: this.conjunction() };
    return left;
  }

  private conjunction(): Expr {
    let left = this.negation();
    while (this.acceptWord('AND')) left = { kind: 'and', left, right: this.negation() };
    return left;
  }

  private negation(): Expr {
    if (this.acceptWord('NOT')) return { kind: 'not', operand: this.negation() };
    return this.predicate();
  }

  private predicate(): Expr {
    const left = this.concatenation();
    const token = this.peek();
    if (token.kind === 'symbol' && COMPARE.has(token.value)) {
      this.position++;
      const operator = (token.value === '!=' ? '<>' : token.value) as CompareOperator;
      return { kind: 'compare', operator, left, right: this.concatenation() };
    }
    if (this.acceptWord('IS')) {
      const negated = this.acceptWord('NOT');
      this.expectWord('NULL');
      return { kind: 'isNull', negated, operand: left };
    }
    const negated = this.acceptWord('NOT');
    if (this.acceptWord('IN')) {
      this.expectSymbol('(');
      const list = [this.concatenation()];
      while (this.acceptSymbol(',')) list.push(this.concatenation());
      this.expectSymbol(')');
      return { kind: 'in', negated, operand: left, list };
    }
    if (this.acceptWord('LIKE')) return { kind: 'like', negated, operand: left, pattern: this.concatenation() };
    if (negated) throw this.error(this.peek(), 'IN or LIKE after NOT');
    return left;
  }

  private concatenation(): Expr {
    let left = this.primary();
    while (this.acceptSymbol('||')) left = { kind: 'concat', left, right: this.primary() };
    return left;
  }

  private primary(): Expr {
    const token = this.next();
    if (token.kind === 'string') return { kind: 'literal', value: token.value };
    if (token.kind === 'number') return { kind: 'literal', value: token.value };
    if (token.kind === 'symbol' && token.value === '-') {
      const number = this.next();
      if (number.kind !== 'number') throw this.error(number, 'a number');
      return { kind: 'literal', value: -number.value };
    }
    if (token.kind === 'symbol' && token.value === '(') {
      const inner = this.expression();
      this.expectSymbol(')');
      return inner;
    }
    if (token.kind === 'word' && token.upper === 'NULL') return { kind: 'literal', value: null };
    if (token.kind === 'word' && !RESERVED.has(token.upper)) {
      let name = token.value.toLowerCase();
      let table: string | null = null;
      if (this.acceptSymbol('.')) {
        const member = this.next();
        if (member.kind !== 'word') throw this.error(member, 'a column name');
        table = name;
        name = member.value.toLowerCase();
      }
      if (this.acceptSymbol('(')) return this.call(table ? `${table}.${name}`.toUpperCase() : name.toUpperCase());
      return { kind: 'column', table, name };
    }
    throw this.error(token, 'an expression');
  }

  private call(name: string): Expr {
    const args: Expr[] = [];
    if (this.acceptSymbol('*')) args.push({ kind: 'star' });
    else if (!this.peekSymbol(')')) {
      args.push(this.expression());
      while (this.acceptSymbol(',')) args.push(this.expression());
    }
    this.expectSymbol(')');
    return { kind: 'call', name, args };
  }

  private peek(): Token {
    return this.tokens[this.position] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.position++;
    return token;
  }

  private peekWord(word: string): boolean {
    const token = this.peek();
    return token.kind === 'word' && token.upper === word;
  }

  private acceptWord(word: string): boolean {
    if (!this.peekWord(word)) return false;
    this.position++;
    return true;
  }

  private expectWord(word: string): void {
    if (!this.acceptWord(word)) throw this.error(this.peek(), word);
  }

  private peekSymbol(symbol: string): boolean {
    const token = this.peek();
    return token.kind === 'symbol' && token.value === symbol;
  }

  private acceptSymbol(symbol: string): boolean {
    if (!this.peekSymbol(symbol)) return false;
    this.position++;
    return true;
  }

  private expectSymbol(symbol: string): void {
    if (!this.acceptSymbol(symbol)) throw this.error(this.peek(), `'${symbol}'`);
  }

  private error(token: Token, expected: string): SuiteQlError {
    const found = token.kind === 'end' ? 'the end of the query' : `'${String(token.value)}'`;
    return new SuiteQlError(`syntax error at position ${token.position}: expected ${expected}, found ${found}`);
  }
}
