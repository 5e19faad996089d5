import { Initial1795512128218 } from './1795512128218-Initial.js';

/** In order of application. */
export const SQLITE_MIGRATIONS = [Initial1795512128218];
