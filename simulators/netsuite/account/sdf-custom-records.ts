// Defines in an account the custom record types an SDF project's Objects/ folder declares, so the
// REST simulator serves the SuiteApp's custom records even when no SuiteScript runtime is attached.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSdfObjects } from '../suitescript/sdf-objects';
import type { AccountStore } from './store';

/** The SuiteApp's source objects: `suiteapp/Objects` at the repository root. */
export const SUITEAPP_OBJECTS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'suiteapp',
  'Objects',
);

/** Defines every `customrecordtype` of the folder; returns their script ids. */
export function defineCustomRecordTypes(store: AccountStore, objectsDir: string): string[] {
  if (!existsSync(objectsDir)) throw new Error(`no SDF Objects folder at ${objectsDir}`);
  const defined: string[] = [];
  for (const definition of readSdfObjects(objectsDir).customRecordTypes.values()) {
    store.customRecords.define(definition);
    defined.push(definition.scriptId);
  }
  return defined;
}
