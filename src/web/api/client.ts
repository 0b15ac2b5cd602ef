import type { z } from 'zod';
import { Problem } from '../../contract/common';
import { currentLocale } from '../i18n';
import { ApiError } from './errors';
import { cachedMe } from './queryClient';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions<S extends z.ZodType> {
  method?: Method;
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Parses the answer; the call then resolves to the schema's output type. */
  schema: S;
  signal?: AbortSignal;
  /** The CSRF token to send, when it is not yet the cached one (right after sign-in). */
  csrfToken?: string;
}

/** Builds `/api/...?a=1`, leaving out empty parameters. */
export function apiUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const parsed = Problem.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Sends a request with the session's cookie, language and (for writes) CSRF token; checks the answer. */
async function send<S extends z.ZodType>(
  path: string,
  init: { method: Method; body?: BodyInit; contentType?: string; signal?: AbortSignal; csrfToken?: string },
  query: Record<string, QueryValue> | undefined,
  schema: S,
): Promise<z.output<S>> {
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': currentLocale() });
  if (init.contentType) headers.set('Content-Type', init.contentType);
  if (init.method !== 'GET') {
    const token = init.csrfToken ?? cachedMe()?.csrfToken;
    if (token) headers.set('X-CSRF-Token', token);
  }

  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method: init.method,
      headers,
      credentials: 'same-origin',
      body: init.body,
      signal: init.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', null);
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    throw new ApiError(response.status, problem?.code ?? `http_${response.status}`, problem);
  }
  const data: unknown = response.status === 204 ? undefined : await response.json();
  return schema.parse(data);
}

/**
 * Calls the Asysta API: JSON in and out, the session cookie, the interface language (so the
 * server's messages come back in it) and, for writes, the session's CSRF token. Failures throw
 * an ApiError carrying the server's problem details.
 */
export async function api<S extends z.ZodType>(
  path: string,
  options: RequestOptions<S>,
): Promise<z.output<S>> {
  const hasBody = options.body !== undefined;
  return send(
    path,
    {
      method: options.method ?? 'GET',
      body: hasBody ? JSON.stringify(options.body) : undefined,
      contentType: hasBody ? 'application/json' : undefined,
      signal: options.signal,
      csrfToken: options.csrfToken,
    },
    options.query,
    options.schema,
  );
}

/**
 * Sends a file as multipart/form-data, with the same session, language and CSRF token as `api`.
 * The browser sets the Content-Type itself (with the parts' boundary). The server reads the text
 * fields before the file, so `fields` go first and the file last, under the name "file".
 */
export function apiUpload<S extends z.ZodType>(
  path: string,
  options: {
    method?: 'POST' | 'PUT';
    file: File;
    fields?: Record<string, string | null | undefined>;
    schema: S;
  },
): Promise<z.output<S>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields ?? {})) {
    if (value !== undefined && value !== null && value !== '') form.append(name, value);
  }
  form.append('file', options.file, options.file.name);
  return send(path, { method: options.method ?? 'POST', body: form }, undefined, options.schema);
}
