import { E2E_ADMIN } from './global-setup';

/** A signed-in API caller: the session cookie and the CSRF token, as the web app holds them. */
export async function apiAs(baseUrl: string, email: string, password: string) {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (path: string, body?: unknown) =>
    fetch(`${baseUrl}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}

/**
 * Creates an account through the API and settles its password, so that a test can sign in
 * through the UI straight to the work it is about.
 */
export async function createAccount(
  baseUrl: string,
  account: { email: string; name: string; roles: string[] },
  password: string,
) {
  const admin = await apiAs(baseUrl, E2E_ADMIN.email, E2E_ADMIN.password);
  const oneTime = `${password}-jednorazowe`;
  const created = await admin('/api/users', { ...account, password: oneTime });
  if (created.status !== 201) throw new Error(`creating ${account.email} failed: ${await created.text()}`);
  const user = await apiAs(baseUrl, account.email, oneTime);
  const changed = await user('/api/auth/password', { currentPassword: oneTime, newPassword: password });
  if (!changed.ok)
    throw new Error(`settling the password of ${account.email} failed: ${await changed.text()}`);
}
