import type { Config } from './config';
import type { Database, DatabaseKind } from './db/client';

/** What the app is built from: tests pass their own database and settings. */
export interface AppDeps {
  db: Database;
  dbKind: DatabaseKind;
  config: Config;
  version: string;
  /** The current moment; tests move it to check deadlines without waiting for them. */
  now: () => Date;
}
