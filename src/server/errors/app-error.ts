import type { FieldCode } from '../../contract/messages';
import type { TransitionBlocker } from '../../domain/engagement';
import type { ProblemCode } from './messages';

export interface FieldIssue {
  path: string;
  code: FieldCode | string;
  /** Already translated (zod's texts); omitted for domain codes, which are looked up. */
  message?: string;
}

/** The one error type services throw; the renderer turns it into problem+json. */
export class AppError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly options: {
      params?: Record<string, string | number>;
      errors?: FieldIssue[];
      /** For `invalid_transition`: what is missing. */
      blocker?: TransitionBlocker;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
export const conflict = () => new AppError('conflict');
export const fieldError = (path: string, code: FieldCode) =>
  new AppError('validation_failed', { errors: [{ path, code }] });
