/** Maps every error to the JSON error list of the HTTP contract: 400 for bad input, never 500 for it. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../platform/errors';

export const ErrorBodySchemaDescription = 'A list of problems, each with the path of the field it concerns.';

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const errors: FieldError[] = error.validation.map((v) => {
      const path = v.instancePath.replace(/^\//, '').split('/').filter(Boolean);
      let p = where === 'body' ? '' : where;
      for (const seg of path) p += /^\d+$/.test(seg) ? `[${seg}]` : p ? `.${seg}` : seg;
      return { path: p, message: v.message ?? 'invalid' };
    });
    return reply.code(400).send({ errors });
  }
  if (error instanceof AppError) return reply.code(error.status).send({ errors: error.errors });
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error }, 'response did not match its schema');
    return reply.code(500).send({ errors: [{ path: '', message: 'internal error' }] });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return reply.code(status).send({ errors: [{ path: '', message: error.message }] });
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.code(500).send({ errors: [{ path: '', message: 'internal error' }] });
}
