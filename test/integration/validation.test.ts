import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Session, startApp, type TestApp } from './harness';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await startApp();
  admin = await t.admin();
});
afterAll(() => t.close());

async function countUsers() {
  return (await admin.request('GET', '/api/users?limit=200')).json().items.length;
}

describe('bad input', () => {
  it('answers wrong types and missing fields with per-field errors', async () => {
    const res = await admin.request('POST', '/api/users', { email: 42, roles: 'admin', password: ['x'] });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body).toMatchObject({
      status: 400,
      code: 'validation_failed',
      type: 'urn:asysta:problem:validation_failed',
    });
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'email',
      'name',
      'password',
      'roles',
    ]);
    expect(body.errors.find((e: { path: string }) => e.path === 'name').message).toBe(
      'To pole jest wymagane.',
    );
  });

  it('gives the messages in English when asked', async () => {
    const res = await admin.request('POST', '/api/users', {}, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(res.json().detail).toBe('The form has errors. Correct the marked fields.');
    expect(res.json().errors.find((e: { path: string }) => e.path === 'email').message).toBe(
      'This field is required.',
    );
  });

  it('answers invalid JSON with 400, not 500', async () => {
    const res = await admin.request('POST', '/api/users', '{"email": "a@b.pl",', {
      'content-type': 'application/json',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalid_json');
  });

  it('answers 1 MB of junk with 400 and creates nothing', async () => {
    const before = await countUsers();
    const junk = Buffer.alloc(1_000_000, 'x').toString();
    const res = await admin.request('POST', '/api/users', junk, { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalid_json');
    const longName = await admin.request('POST', '/api/users', {
      email: 'long@test.example',
      name: 'x'.repeat(900_000),
      roles: ['assistant'],
      password: 'a-good-password-1',
    });
    expect(longName.statusCode).toBe(400);
    expect(longName.json().errors).toEqual([expect.objectContaining({ path: 'name', code: 'too_big' })]);
    expect(await countUsers()).toBe(before);
  });

  it('answers a body over the limit with 413 and other media types with 415', async () => {
    const huge = await admin.request('POST', '/api/users', Buffer.alloc(2_000_000, 'x').toString(), {
      'content-type': 'application/json',
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('payload_too_large');
    const text = await admin.request('POST', '/api/users', 'hello', { 'content-type': 'text/plain' });
    expect(text.statusCode).toBe(415);
    expect(text.json().code).toBe('unsupported_media_type');
  });

  it('answers a body that is not an object, and bad query and path parameters', async () => {
    const array = await admin.request('POST', '/api/users', [1, 2, 3]);
    expect(array.statusCode).toBe(400);
    const query = await admin.request('GET', '/api/users?limit=abc&active=maybe');
    expect(query.statusCode).toBe(400);
    expect(
      query
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['query.active', 'query.limit']);
    const params = await admin.request('GET', '/api/users/not-a-uuid');
    expect(params.statusCode).toBe(400);
    expect(params.json().errors[0].path).toBe('params.id');
  });

  it('answers an unknown API path with 404 problem+json', async () => {
    const res = await admin.request('GET', '/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });
});
