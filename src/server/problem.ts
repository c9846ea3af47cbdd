// Errors as RFC 9457 problem details (application/problem+json).
import type { FastifyReply } from 'fastify';

export class HttpProblem extends Error {
  constructor(readonly status: number, readonly title: string, readonly detail?: string) {
    super(detail ?? title);
  }
}

export function sendProblem(reply: FastifyReply, status: number, title: string, detail?: string): FastifyReply {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title, status, ...(detail ? { detail } : {}) });
}
