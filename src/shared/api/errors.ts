import type { components } from '@/shared/api/schema';

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

/** A sentence a person can act on, for any error a query or mutation can throw. */
export function describeError(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong. Try again.';
  if (error.isNetworkError) return 'The server could not be reached. Check your connection and try again.';
  if (error.status === 401) return 'Your session has ended. Sign in again to continue.';
  if (error.status === 403) return 'You are not permitted to do this.';
  if (error.status === 404) return 'This record no longer exists.';
  if (error.status >= 500) return 'The server had a problem and nothing was saved. Try again in a moment.';
  return error.problem.detail ?? error.problem.title;
}
