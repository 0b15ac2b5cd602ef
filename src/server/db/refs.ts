import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { UserRef } from '../../contract/common';
import { qualified } from './qualified';
import { families, users } from './schema';

/** The id and name of the user a column points to, as a JSON object (null when the column is). */
export const userRef = (column: AnyPgColumn) =>
  sql<UserRef>`(select json_build_object('id', u.id, 'name', u.name) from ${users} u where u.id = ${qualified(column)})`;

/** A family as lists name it; for a query joined with `families`. */
export const familyRef = { id: families.id, caseNumber: families.caseNumber, name: families.name };
