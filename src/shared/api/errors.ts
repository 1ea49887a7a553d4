import type { components } from '@/shared/api/schema';
import { sharedMessages } from '@/shared/i18n/shared-messages';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

/**
 * Every failed API call becomes an ApiError: a status (0 for a network failure) and the RFC 9457 problem the
 * backend answered, so screens can tell a field error from a refusal from an outage without parsing text.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  get isNetworkError() {
    return this.status === 0;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/**
 * A sentence a person can act on, for any error a query or mutation can throw, in the active language (the
 * server's own detail is in the request's language already). Call it as the error renders, not when it is caught,
 * so a language switch says it again.
 */
export function describeError(error: unknown): string {
  const t = sharedMessages.t;
  if (!isApiError(error)) return t('errors.generic');
  if (error.isNetworkError) return t('errors.unreachable');
  if (error.status === 401) return t('errors.sessionEnded');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.recordGone');
  if (error.status >= 500) return t('errors.serverProblem');
  return error.problem.detail ?? error.problem.title;
}
