import type { Role } from '../../contract/roles';
import { hashPassword } from '../auth/passwords';
import type { Executor } from '../db/client';
import { insertUser, replaceRoles } from '../modules/users/queries';

/** Creates an account on behalf of the system (first administrator, demo staff). */
export async function createSystemAccount(
  tx: Executor,
  account: {
    officeId: string;
    email: string;
    name: string;
    roles: Role[];
    password: string;
    mustChangePassword: boolean;
  },
) {
  const id = await insertUser(tx, {
    officeId: account.officeId,
    email: account.email.toLowerCase(),
    name: account.name,
    passwordHash: await hashPassword(account.password),
    locale: 'pl',
    mustChangePassword: account.mustChangePassword,
  });
  await replaceRoles(tx, id, account.roles);
  return id;
}
