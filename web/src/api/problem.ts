import type { Translator } from '../i18n/catalog.ts';
import { localizeProblem } from './problem-text.ts';
import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type FieldIssue = Problem['errors'][number];

/** An API answer that was not a success, with its problem detail when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, body: unknown) {
    const problem = isProblem(body) ? body : null;
    super(problem?.detail || problem?.title || messageOf(body) || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** The stable error code (BULWARK_...), when the server gave one. */
  get code(): string | null {
    return this.problem?.code ?? null;
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'status' in body && 'title' in body;
}

function messageOf(body: unknown): string | null {
  if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') return body.message;
  return null;
}

/** What the server said was wrong with each field, keyed by field name (several problems joined). */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * Maps a problem's `errors` to form fields, each problem in the console's language. The server names body
 * fields plainly (`name`, `birthDate`) and nested ones with dots (`figures.newConfirmed`).
 */
export function fieldErrorsOf(error: unknown, language: Translator): FieldErrors {
  if (!(error instanceof ApiError) || !error.problem) return {};
  const errors: FieldErrors = {};
  for (const issue of error.problem.errors) {
    // An item of a list (priorityGroups.2) is reported on the list's own field.
    const field = issue.field.replace(/^body\./, '').replace(/(\.\d+)+$/, '');
    const problem = localizeProblem(issue.problem, language);
    errors[field] = errors[field] ? `${errors[field]}; ${problem}` : problem;
  }
  return errors;
}

/** Field errors that a form has no field for, so that they are still shown (at the top of the form). */
export function unplacedErrors(errors: FieldErrors, formFields: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([field]) => !formFields.includes(field))
    .map(([field, problem]) => `${field}: ${problem}`);
}
