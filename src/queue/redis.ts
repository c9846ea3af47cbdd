// Redis connections for BullMQ, checked up front: an unreachable server is a
// one-line error, not an endless reconnect loop.
import { redact } from '../store/pg/pg-db.js';
import { Redis } from 'ioredis';
import { UserError } from '../cli/errors.js';

export async function checkRedis(url: string): Promise<void> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3000, retryStrategy: () => null, enableOfflineQueue: false });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    throw new UserError(`Redis at ${redactRedis(url)} is unreachable (${(e as Error).message})`);
  } finally {
    probe.disconnect();
  }
}

/** A connection as BullMQ wants it (blocking commands must never time out). */
export function bullConnection(url: string): Redis {
  const r = new Redis(url, { maxRetriesPerRequest: null });
  r.on('error', () => undefined); // reported through the worker's own error events
  return r;
}

/** The Redis URL without its password, for messages (same rule as PostgreSQL URLs). */
export const redactRedis = redact;
