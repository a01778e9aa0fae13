// Runs compiled SuiteScript AMD files in Node: each file's define() gets `require`, `exports`,
// the N/* fakes given, and the other compiled modules (resolved relative to the file).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export type ModuleTable = Record<string, unknown>;

export function createAmdLoader(rootDir: string, nModules: ModuleTable) {
  const cache = new Map<string, Record<string, unknown>>();
  function load(file: string): Record<string, unknown> {
    const cached = cache.get(file);
    if (cached) return cached;
    const exports: Record<string, unknown> = {};
    cache.set(file, exports);
    let defined = 0;
    const define = (deps: string[], factory: (...args: unknown[]) => unknown) => {
      defined += 1;
      const args = deps.map((dep) => {
        if (dep === 'require')
          return () => {
            throw new Error('dynamic require is not supported');
          };
        if (dep === 'exports') return exports;
        if (dep.startsWith('N/')) {
          if (!(dep in nModules)) throw new Error(`No fake for ${dep}`);
          return nModules[dep];
        }
        return load(path.resolve(path.dirname(file), `${dep}.js`));
      });
      const returned = factory(...args);
      if (returned && typeof returned === 'object') Object.assign(exports, returned);
    };
    vm.runInNewContext(readFileSync(file, 'utf8'), { define, Date, JSON, Math, Error, Object }, { filename: file });
    if (defined !== 1) throw new Error(`${file} called define() ${defined} times`);
    return exports;
  }
  return { load: (relative: string) => load(path.join(rootDir, relative)) };
}
