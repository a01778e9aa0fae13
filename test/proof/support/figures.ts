import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The figures a proof suite measured: always printed; written to bench/results/ at full size only,
// so a CI run never overwrites the published numbers with reduced ones.

const RESULTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bench', 'results');

export function writeFigures(name: string, full: boolean, figures: unknown, markdown?: string): void {
  process.stdout.write(`${name}: ${JSON.stringify(figures)}\n${markdown ?? ''}`);
  if (!full) return;
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(path.join(RESULTS, `${name}.json`), `${JSON.stringify(figures, null, 2)}\n`);
  if (markdown) writeFileSync(path.join(RESULTS, `${name}.md`), markdown);
}
