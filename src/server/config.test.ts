import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults: port 3000, embedded database in ./data, 30-minute idle timeout', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      ASYSTA_DATA_DIR: './data',
      ASYSTA_SESSION_IDLE_MINUTES: 30,
      ASYSTA_DEMO: false,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('treats empty variables as unset and reads flags', () => {
    const config = loadConfig({ DATABASE_URL: '', ASYSTA_DEMO: '1' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.ASYSTA_DEMO).toBe('lipowo');
    expect(loadConfig({ DATABASE_URL: '', ASYSTA_DEMO: 'bialystok' }).ASYSTA_DEMO).toBe('bialystok');
  });

  it('names every wrong variable at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', ASYSTA_ADMIN_EMAIL: 'not-an-email' })).toThrow(
      /PORT[\s\S]*ASYSTA_ADMIN_EMAIL/,
    );
  });
});
