// Preloaded with `node --import` to list every module a process loads, one URL a line, in the file
// named by MLC_TRACE_MODULES. Plain JavaScript: it runs before tsx's loader is registered. The same
// file is both the preload (main thread: registers itself) and the hooks (the loader thread).
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import process from 'node:process';
import { isMainThread } from 'node:worker_threads';

let traceFile;

export function initialize(data) {
  traceFile = data.traceFile;
}

/** Records each module once resolved; tsx's own extension guesses that fail never get here. */
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  appendFileSync(traceFile, `${resolved.url}\n`);
  return resolved;
}

if (isMainThread && process.env.MLC_TRACE_MODULES) {
  register(import.meta.url, { data: { traceFile: process.env.MLC_TRACE_MODULES } });
}
