import { getTableName, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * A column with its table's name. Drizzle leaves columns bare in the select list of a query on
 * one table, where a correlated subquery would read `"id"` as its own table's column.
 */
export const qualified = (column: AnyPgColumn) => sql.raw(`"${getTableName(column.table)}"."${column.name}"`);
