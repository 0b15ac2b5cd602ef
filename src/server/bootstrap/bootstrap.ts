import { systemContext } from '../access/context';
import { audit } from '../audit/audit';
import { oneTimePassword } from '../auth/tokens';
import type { Config } from '../config';
import type { Database, Executor } from '../db/client';
import { seedProblemDictionaries } from '../modules/office/problem-dictionary';
import { createSystemAccount } from './accounts';
import { bialystokOffice, bialystokStaff, createBialystokDemo } from './demo-bialystok';
import { createDemoFamilies, type StaffIds } from './demo-families';
import { demoOffice, demoPassword, demoStaff } from './demo-office';
import { hasAnyUser, insertOffice, lockBootstrap } from './queries';

export interface BootstrapReport {
  /** Lines to show the person who started the server (credentials), or nothing. */
  notice: string[];
}

const DEFAULT_ADMIN_EMAIL = 'admin@asysta.local';

/**
 * Prepares an empty database at first start: the office and its first administrator, or the
 * demo office when ASYSTA_DEMO is set. A database that has any account is never touched.
 */
/** The demo offices: today's Lipowo with its cases, and Białystok's 2012–2015 for the reports. */
const demos = {
  lipowo: {
    office: demoOffice,
    staff: demoStaff,
    async load(tx: Executor, officeId: string) {
      const staff: StaffIds = {};
      for (const person of demoStaff) {
        staff[person.email] = await createSystemAccount(tx, {
          ...person,
          officeId,
          password: demoPassword,
          mustChangePassword: false,
        });
      }
      return createDemoFamilies(tx, officeId, staff);
    },
  },
  bialystok: { office: bialystokOffice, staff: bialystokStaff, load: createBialystokDemo },
};

export async function bootstrap(db: Database, config: Config): Promise<BootstrapReport> {
  return db.transaction(async (tx) => {
    await lockBootstrap(tx);
    await seedProblemDictionaries(tx);
    if (await hasAnyUser(tx)) {
      return { notice: config.ASYSTA_DEMO ? ['ASYSTA_DEMO ignored: the database already has data.'] : [] };
    }
    const ctx = systemContext(config.ASYSTA_DEMO ? 'demo' : 'first-start');
    const notice: string[] = [];
    const demo = config.ASYSTA_DEMO ? demos[config.ASYSTA_DEMO] : null;
    const officeValues = demo ? demo.office : { name: config.ASYSTA_OFFICE_NAME };
    const officeId = await insertOffice(tx, officeValues);
    await seedProblemDictionaries(tx);
    await audit(
      ctx,
      tx,
      {
        action: 'system.office_created',
        entityType: 'office',
        entityId: officeId,
        details: { name: officeValues.name },
      },
      { officeId },
    );

    if (demo) {
      const families = await demo.load(tx, officeId);
      await audit(
        ctx,
        tx,
        {
          action: 'system.demo_loaded',
          entityType: 'office',
          entityId: officeId,
          details: { users: demo.staff.length, families },
        },
        { officeId },
      );
      notice.push(`Demo office "${demo.office.name}" created. Every account's password: ${demoPassword}`);
      for (const person of demo.staff) notice.push(`  ${person.email.padEnd(42)} ${person.roles.join(', ')}`);
      if (!config.ASYSTA_ADMIN_EMAIL) return { notice };
    }

    const email = config.ASYSTA_ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL;
    const password = config.ASYSTA_ADMIN_PASSWORD ?? oneTimePassword();
    const isOneTime = !config.ASYSTA_ADMIN_PASSWORD;
    const id = await createSystemAccount(tx, {
      officeId,
      email,
      name: 'Administrator',
      roles: ['admin'],
      password,
      mustChangePassword: isOneTime,
    });
    await audit(
      ctx,
      tx,
      {
        action: 'system.admin_created',
        entityType: 'user',
        entityId: id,
        details: { email, oneTimePassword: isOneTime },
      },
      { officeId },
    );
    notice.push(
      isOneTime
        ? `First administrator: ${email} with the one-time password ${password} (to be changed at first sign-in).`
        : `First administrator: ${email} (password from ASYSTA_ADMIN_PASSWORD).`,
    );
    return { notice };
  });
}
