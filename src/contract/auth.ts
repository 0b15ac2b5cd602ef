import { z } from 'zod';
import { Id } from './common';
import { RolePermission } from './permissions';
import { Locale, Role } from './roles';

/** The rules for a password the user chooses; the web form validates with the same schema. */
export const NewPassword = z
  .string()
  .min(12, { message: 'password_too_short' })
  .max(200, { message: 'password_too_long' });

export const LoginBody = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(500),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const Me = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  roles: z.array(Role),
  /** What these roles allow, so the web app never re-implements the permission table. */
  permissions: z.array(RolePermission),
  officeId: Id,
  officeName: z.string(),
  locale: Locale,
  mustChangePassword: z.boolean(),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof Me>;

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(500),
  newPassword: NewPassword,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export const UpdateMeBody = z.object({ locale: Locale });
export type UpdateMeBody = z.infer<typeof UpdateMeBody>;
