import { describe, expect, it } from 'vitest';
import { CASELOAD_LIMIT, caseloadState, occupiesPlace } from './caseload';

describe('the caseload limit (art. 15 ust. 4)', () => {
  it('is fifteen families at the same time', () => {
    expect(CASELOAD_LIMIT).toBe(15);
    expect(caseloadState(14, null)).toBe('ok');
    expect(caseloadState(15, null)).toBe('full');
  });

  it('warns at the office threshold below the limit', () => {
    expect(caseloadState(11, 12)).toBe('ok');
    expect(caseloadState(12, 12)).toBe('warning');
    expect(caseloadState(15, 12)).toBe('full');
  });

  it('counts every open engagement, and monitoring only when the office says so', () => {
    for (const status of ['assigned', 'diagnosis', 'implementation', 'closure_requested']) {
      expect(occupiesPlace(status, false)).toBe(true);
    }
    expect(occupiesPlace('monitoring', true)).toBe(true);
    expect(occupiesPlace('monitoring', false)).toBe(false);
    expect(occupiesPlace('closed', true)).toBe(false);
  });
});
