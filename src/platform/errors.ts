/**
 * Every error the platform reports, with a stable code that never changes meaning.
 * HTTP maps them to application/problem+json (RFC 9457); the CLI prints the message.
 */
export const errorCatalogue = {
  BULWARK_VALIDATION: { status: 400, title: 'The request is not valid' },
  BULWARK_UNAUTHENTICATED: { status: 401, title: 'Authentication is required' },
  BULWARK_LOGIN_FAILED: { status: 401, title: 'Wrong username or password' },
  BULWARK_LOGIN_THROTTLED: { status: 429, title: 'Too many failed logins; try again later' },
  BULWARK_FORBIDDEN: { status: 403, title: 'Your role does not allow this operation' },
  BULWARK_NOT_FOUND: { status: 404, title: 'No such resource' },
  BULWARK_CONFLICT: { status: 409, title: 'The resource conflicts with an existing one' },
  BULWARK_DUPLICATE_PERSON: { status: 409, title: 'A person with this identity document already exists' },
  BULWARK_IDEMPOTENCY_MISMATCH: { status: 422, title: 'The idempotency key was already used with a different request' },
  BULWARK_OUT_OF_SCOPE: { status: 403, title: 'The target lies outside your jurisdiction' },
  BULWARK_RATE_LIMITED: { status: 429, title: 'Too many requests' },
  BULWARK_PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  BULWARK_UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported content type' },
  BULWARK_AUDIT_UNAVAILABLE: { status: 503, title: 'The audit log could not be written, so the operation was refused' },
  BULWARK_BUSY: { status: 503, title: 'The platform is busy; nothing was done, so try again shortly' },
  BULWARK_CONFIG: { status: 500, title: 'The configuration is not valid' },
  BULWARK_INTERNAL: { status: 500, title: 'Internal error' },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

/** One problem with one field of the input: the field's path and what is wrong with it. */
export interface FieldIssue {
  field: string;
  problem: string;
  /** The record the field conflicts with, so that a client can lead to it; only given to those who may read it. */
  existingId?: string;
}

/** The one error type of the platform. */
export class BulwarkError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly issues: FieldIssue[];

  constructor(code: ErrorCode, detail?: string, issues: FieldIssue[] = []) {
    super(detail ?? errorCatalogue[code].title);
    this.name = 'BulwarkError';
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.issues = issues;
  }
}

/** A validation error naming each field and its problem. */
export function invalid(issues: FieldIssue[]): BulwarkError {
  const detail = issues.map((issue) => `${issue.field}: ${issue.problem}`).join('; ');
  return new BulwarkError('BULWARK_VALIDATION', detail, issues);
}

export function notFound(what: string): BulwarkError {
  return new BulwarkError('BULWARK_NOT_FOUND', `${what} not found`);
}

export function forbidden(detail?: string): BulwarkError {
  return new BulwarkError('BULWARK_FORBIDDEN', detail);
}
