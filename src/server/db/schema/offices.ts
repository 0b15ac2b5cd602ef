import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The welfare centre (MOPS/MOPR/GOPS) that runs the service; every record belongs to one. */
export const offices = pgTable('offices', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  street: text('street'),
  postalCode: text('postal_code'),
  city: text('city'),
  phone: text('phone'),
  email: text('email'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
