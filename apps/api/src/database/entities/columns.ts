import { Column, type ColumnOptions } from 'typeorm';

/**
 * Column kinds that mean the same on SQLite and PostgreSQL. Dates are ISO strings (`YYYY-MM-DD`, or full
 * timestamps in UTC) so both dialects store, compare and sort them alike.
 */
export const Text = (opts: ColumnOptions = {}) => Column({ type: 'varchar', ...opts });
export const LongText = (opts: ColumnOptions = {}) => Column({ type: 'text', ...opts });
export const Int = (opts: ColumnOptions = {}) => Column({ type: 'integer', ...opts });
export const Num = (opts: ColumnOptions = {}) => Column({ type: 'float', ...opts });
export const Bool = (opts: ColumnOptions = {}) => Column({ type: 'boolean', ...opts });
export const Json = (opts: ColumnOptions = {}) => Column({ type: 'simple-json', ...opts });
/** ISO timestamp, e.g. 2024-08-01T09:30:00.000Z */
export const Timestamp = (opts: ColumnOptions = {}) => Column({ type: 'varchar', length: 30, ...opts });
/** ISO calendar date, e.g. 2024-08-01 */
export const DateOnly = (opts: ColumnOptions = {}) => Column({ type: 'varchar', length: 10, ...opts });

export const now = () => new Date().toISOString();
