import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (where package.json, .env.example and suiteapp/ are), wherever mlc runs from. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
