#!/usr/bin/env node
// The `mlc` command. The CLI is TypeScript; tsx's loader runs it without a build step.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../relay/src/cli/index.ts');
const code = await main(process.argv.slice(2));
// Commands that serve (serve, demo) resolve only once stopped; exit even if a handle lingers.
process.exit(code);
