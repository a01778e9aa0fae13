import type { Db } from './database';

/** A transaction handed to the callback of `db.transaction`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or a transaction in progress: repository functions take both. */
export type Executor = Db | Tx;
