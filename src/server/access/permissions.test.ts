import { describe, expect, it } from 'vitest';
import { roles } from '../../contract/roles';
import { permissionsOf, roleHasPermission } from './permissions';

describe('the permission table', () => {
  it('gives account management to administrators only', () => {
    for (const role of roles) {
      expect(roleHasPermission([role], 'users:manage')).toBe(role === 'admin');
    }
  });

  it('opens the audit log to administrators and the data-protection officer only', () => {
    expect(roles.filter((role) => roleHasPermission([role], 'audit:read'))).toEqual(['admin', 'dpo']);
  });

  it('adds up the permissions of several roles', () => {
    expect(permissionsOf(['assistant'])).toEqual([]);
    expect(permissionsOf(['assistant', 'dpo'])).toEqual(['audit:read']);
  });
});
