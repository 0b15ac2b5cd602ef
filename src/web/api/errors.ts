import type { FieldError, Problem } from '../../contract/common';

/**
 * A failed API call. `problem` is the server's problem+json body (its `detail` and field
 * messages are already in the person's language); it is null when the server could not be
 * reached or answered with something else.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? code);
    this.name = 'ApiError';
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }

  /** True when the request never got an answer (offline, server down). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The code of an API error, or null for anything else. */
export function problemCode(error: unknown): string | null {
  return isApiError(error) ? error.code : null;
}
