import { z } from 'zod';
import { NewPassword } from './auth';
import { Id, ListQuery, page } from './common';
import { Locale, Role } from './roles';

const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'email_invalid' }))
  .pipe(z.string().max(320));
const Name = z.string().trim().min(1).max(200);
const Fte = z.number().min(0.05).max(1).multipleOf(0.05);
const Roles = z.array(Role).min(1, { message: 'roles_required' }).max(6);

export const User = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  roles: z.array(Role),
  active: z.boolean(),
  locale: Locale,
  /** Full-time equivalent of the employment (1 = full time); the timesheet's norm follows it. */
  fte: z.number(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type User = z.infer<typeof User>;

export const UserList = page(User);
export type UserList = z.infer<typeof UserList>;

export const UserListQuery = ListQuery.extend({
  role: Role.optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export const CreateUserBody = z.object({
  email: Email,
  name: Name,
  roles: Roles,
  password: NewPassword,
  locale: Locale.default('pl'),
  fte: Fte.default(1),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z.object({
  version: z.number().int().positive(),
  email: Email.optional(),
  name: Name.optional(),
  roles: Roles.optional(),
  active: z.boolean().optional(),
  locale: Locale.optional(),
  fte: Fte.optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const ResetPasswordBody = z.object({ password: NewPassword });
export type ResetPasswordBody = z.infer<typeof ResetPasswordBody>;

export const UserParams = z.object({ id: Id });
