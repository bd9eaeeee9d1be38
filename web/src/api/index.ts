export { api } from './client.ts';
export { ApiError, fieldErrorsOf, unplacedErrors, type FieldErrors, type FieldIssue, type Problem } from './problem.ts';
export { localizeProblem } from './problem-text.ts';
export { unwrap } from './unwrap.ts';
export type { components, operations, paths } from './schema';
