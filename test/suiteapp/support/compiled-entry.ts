import { AmdLoader, type ModuleExports } from '../../../simulators/netsuite/suitescript/amd-loader';

// A compiled SuiteScript entry point loaded by the NetSuite simulator's own AMD loader (header
// checks, one define per file, relative dependencies), with the test's N/* fakes as the native modules.

export function loadCompiledEntry(rootDir: string, nModules: Record<string, unknown>, entry: string): ModuleExports {
  const loader = new AmdLoader(
    rootDir,
    (id) => {
      if (!(id in nModules)) throw new Error(`No fake for ${id}`);
      return nModules[id];
    },
    // The host's constructors: the fakes hand the script this realm's Dates and errors.
    { Date, JSON, Math, Error, Object },
  );
  return loader.loadEntry(entry).exports;
}
