// A minimal AMD loader over node:vm, as NetSuite loads SuiteScript 2.1: one `define` per file,
// dependencies by relative or File Cabinet path, `N/*` ids answered by the simulated modules.
// Scripts run in their own realm (no `process`, no Node `require`), like GraalJS in NetSuite.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { SuiteScriptError } from './script-error';

export interface ScriptHeader {
  apiVersion: string;
  scriptType: string;
}

export type ModuleExports = Record<string, unknown>;

/** The JSDoc header NetSuite requires before the define call of an entry-point file. */
export function readScriptHeader(source: string, file: string): ScriptHeader {
  const header = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
  const apiVersion = /@NApiVersion\s+(\S+)/.exec(header)?.[1];
  const scriptType = /@NScriptType\s+(\S+)/.exec(header)?.[1];
  if (!apiVersion) throw new SuiteScriptError('MISSING_API_VERSION', `${file} has no @NApiVersion in its JSDoc header`);
  if (!scriptType) throw new SuiteScriptError('MISSING_SCRIPT_TYPE', `${file} has no @NScriptType in its JSDoc header`);
  return { apiVersion, scriptType };
}

export class AmdLoader {
  readonly realm: vm.Context;
  private readonly cache = new Map<string, ModuleExports>();

  constructor(
    private readonly fileCabinetRoot: string,
    private readonly nativeModule: (id: string) => unknown,
    globals: Record<string, unknown> = {},
  ) {
    this.realm = vm.createContext({ ...globals });
  }

  /** Evaluates code in the scripts' realm (e.g. to get its Date constructor). */
  evaluate<T>(code: string): T {
    return vm.runInContext(code, this.realm) as T;
  }

  /** Loads an entry-point file by File Cabinet path, checking its header. */
  loadEntry(cabinetPath: string): { header: ScriptHeader; exports: ModuleExports } {
    const file = this.toFile(cabinetPath);
    const header = readScriptHeader(readFileSync(file, 'utf8'), cabinetPath);
    if (header.apiVersion !== '2.1' && header.apiVersion !== '2.x') {
      throw new SuiteScriptError('INVALID_API_VERSION', `${cabinetPath}: @NApiVersion ${header.apiVersion} is not 2.1`);
    }
    return { header, exports: this.loadFile(file) };
  }

  private toFile(cabinetPath: string): string {
    const relative = cabinetPath.replace(/^\/+/, '');
    const file = path.resolve(this.fileCabinetRoot, relative.endsWith('.js') ? relative : `${relative}.js`);
    if (!file.startsWith(path.resolve(this.fileCabinetRoot)))
      throw new Error(`${cabinetPath} is outside the File Cabinet`);
    return file;
  }

  private resolve(id: string, fromFile: string): string {
    if (id.startsWith('./') || id.startsWith('../')) {
      const target = path.resolve(path.dirname(fromFile), id);
      return target.endsWith('.js') ? target : `${target}.js`;
    }
    if (id.startsWith('/')) return this.toFile(id);
    throw new SuiteScriptError('MODULE_DOES_NOT_EXIST', `Module does not exist: ${id}`);
  }

  private loadFile(file: string): ModuleExports {
    const cached = this.cache.get(file);
    if (cached) return cached;
    const source = readFileSync(file, 'utf8');
    const definitions: { deps: string[]; factory: (...args: unknown[]) => unknown }[] = [];
    const define = (...args: unknown[]) => {
      const factory = args.find((arg) => typeof arg === 'function') as (...a: unknown[]) => unknown;
      const deps = (args.find((arg) => Array.isArray(arg)) as string[] | undefined) ?? ['require', 'exports', 'module'];
      definitions.push({ deps, factory });
    };
    const wrapper = vm.runInContext(`(function (define) {${source}\n})`, this.realm, { filename: file });
    (wrapper as (d: typeof define) => void)(define);
    if (definitions.length !== 1) {
      throw new SuiteScriptError(
        'MULTIPLE_DEFINE_CALLS',
        `${file} must call define exactly once, not ${definitions.length} times`,
      );
    }
    const exports: ModuleExports = {};
    const module = { exports };
    this.cache.set(file, exports);
    const [definition] = definitions as [(typeof definitions)[number]];
    const localRequire = (id: string | string[], callback?: (...modules: unknown[]) => void) => {
      if (Array.isArray(id)) {
        const modules = id.map((each) => this.dependency(each, file));
        callback?.(...modules);
        return undefined;
      }
      return this.dependency(id, file);
    };
    const args = definition.deps.map((dep) => {
      if (dep === 'require') return localRequire;
      if (dep === 'exports') return exports;
      if (dep === 'module') return module;
      return this.dependency(dep, file);
    });
    const returned = definition.factory(...args);
    const result = (returned ?? module.exports) as ModuleExports;
    this.cache.set(file, result);
    return result;
  }

  private dependency(id: string, fromFile: string): unknown {
    if (id.startsWith('N/') || id === 'N') return this.nativeModule(id);
    return this.loadFile(this.resolve(id, fromFile));
  }
}
