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
    expect(permissionsOf(['dpo'])).toEqual(['audit:read', 'attachments:deleted']);
    expect(permissionsOf(['assistant', 'dpo'])).toEqual([
      'audit:read',
      'families:read',
      'families:edit',
      'engagements:work',
      'deadlines:read',
      'worktime:own',
      'duty:read',
      'institutions:read',
      'blue_cards:read',
      'blue_cards:write',
      'attachments:deleted',
    ]);
  });

  it('keeps case content away from administrators and the data-protection officer', () => {
    for (const permission of [
      'families:read',
      'families:edit',
      'requests:read',
      'engagements:work',
    ] as const) {
      expect(roleHasPermission(['admin', 'dpo'], permission)).toBe(false);
    }
  });

  it('lets only a manager decide on requests and move engagements', () => {
    expect(roles.filter((role) => roleHasPermission([role], 'requests:decide'))).toEqual(['manager']);
    expect(roles.filter((role) => roleHasPermission([role], 'engagements:assign'))).toEqual(['manager']);
    expect(roles.filter((role) => roleHasPermission([role], 'engagements:decide'))).toEqual(['manager']);
  });

  it("leaves the engagement's records to those who work with the family", () => {
    expect(roles.filter((role) => roleHasPermission([role], 'engagements:work'))).toEqual([
      'team_lead',
      'assistant',
    ]);
  });
});
