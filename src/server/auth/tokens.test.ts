import { describe, expect, it } from 'vitest';
import { oneTimePassword, randomToken, sessionIdOf } from './tokens';

describe('tokens', () => {
  it('makes one-time passwords without characters that are easy to confuse', () => {
    const passwords = Array.from({ length: 200 }, () => oneTimePassword());
    expect(new Set(passwords).size).toBe(200);
    for (const password of passwords) expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{16}$/);
  });

  it('stores a session under a hash, not the token', () => {
    const token = randomToken();
    expect(sessionIdOf(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(sessionIdOf(token)).not.toContain(token);
    expect(sessionIdOf(token)).toBe(sessionIdOf(token));
  });
});
