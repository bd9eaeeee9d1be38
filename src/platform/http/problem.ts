import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { BulwarkError, errorCatalogue, type ErrorCode, type FieldIssue } from '../errors.ts';
import { z } from '../validation.ts';

/** An error as application/problem+json (RFC 9457), with the stable code and the fields at fault. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string(),
    errors: z.array(
      z.object({
        field: z.string(),
        problem: z.string(),
        existingId: z.string().optional().describe('The id of the record the field conflicts with, when you may read it'),
      }),
    ),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

export function toProblem(code: ErrorCode, detail: string, issues: FieldIssue[], instance: string): Problem {
  const { status, title } = errorCatalogue[code];
  return { type: `urn:bulwark:problem:${code}`, title, status, detail, code, instance, errors: issues };
}

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? request.url;
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').header('cache-control', 'no-store').send(problem);
}

/**
 * Maps every error to a problem. Only BulwarkErrors and request validation say what went wrong; anything
 * else is logged (without request bodies) and reported as an internal error, never with a stack or SQL.
 */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const instance = pathOf(request);
  if (error instanceof BulwarkError) {
    return sendProblem(reply, toProblem(error.code, error.message, error.issues, instance));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as FastifyError).validationContext ?? 'body';
    const issues = error.validation.flatMap((issue) => {
      const path = `${where === 'body' ? '' : `${where}.`}${issue.instancePath.slice(1).replaceAll('/', '.')}`.replace(/\.$/, '');
      const prefix = path && path !== where ? `${path}.` : where === 'body' ? '' : `${where}.`;
      // An unknown field is reported under its own name, so that a form can show it beside the field.
      if (issue.keyword === 'unrecognized_keys') {
        return ((issue.params as { keys?: string[] }).keys ?? []).map((key) => ({ field: `${prefix}${key}`, problem: 'is not a field that can be set here' }));
      }
      return [{ field: path || where, problem: issue.message ?? 'is not valid' }];
    });
    return sendProblem(reply, toProblem('BULWARK_VALIDATION', issues.map((issue) => `${issue.field}: ${issue.problem}`).join('; '), issues, instance));
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendProblem(reply, toProblem('BULWARK_PAYLOAD_TOO_LARGE', 'The request body is too large', [], instance));
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendProblem(reply, toProblem('BULWARK_UNSUPPORTED_MEDIA_TYPE', 'Send application/json (or text/csv for imports)', [], instance));
  if (fastifyError.statusCode === 429) return sendProblem(reply, toProblem('BULWARK_RATE_LIMITED', 'Too many requests; slow down', [], instance));
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // Malformed JSON, empty bodies and the like: say what the parser said, which names no internals.
    const safe = fastifyError.code?.startsWith('FST_ERR_CTP') ? fastifyError.message : 'The request could not be read';
    return sendProblem(reply, { ...toProblem('BULWARK_VALIDATION', safe, [{ field: 'body', problem: safe }], instance), status: fastifyError.statusCode });
  }
  request.log.error({ err: { type: error.name, code: fastifyError.code, message: isResponseSerializationError(error) ? 'response did not match its schema' : error.message } }, 'request failed');
  return sendProblem(reply, toProblem('BULWARK_INTERNAL', 'An internal error occurred; it has been logged', [], instance));
}
