import { randomBytes } from 'node:crypto';
import { type EntityManager, IsNull, LessThan } from 'typeorm';
import { AuthSession, now } from '../database/entities/index.js';

const DAY = 24 * 3600 * 1000;

/** Opens a session for a login (and forgets sessions expired a day ago); its id goes into the token as `sid`. */
export async function openSession(
  em: EntityManager,
  userId: number,
  ttlSeconds: number,
  ip: string | null,
): Promise<string> {
  const repo = em.getRepository(AuthSession);
  await repo.delete({ expiresAt: LessThan(new Date(Date.now() - DAY).toISOString()) });
  const id = randomBytes(32).toString('base64url');
  const createdAt = now();
  const expiresAt = new Date(Date.parse(createdAt) + ttlSeconds * 1000).toISOString();
  await repo.insert({ id, userId, createdAt, expiresAt, endedAt: null, ip: ip?.slice(0, 64) ?? null });
  return id;
}

/** Ends one session (logout). */
export async function endSession(em: EntityManager, id: string): Promise<void> {
  await em.getRepository(AuthSession).update({ id, endedAt: IsNull() }, { endedAt: now() });
}

/** Ends every open session of a user: their tokens stop working at once (password change, deactivation). */
export async function endUserSessions(em: EntityManager, userId: number): Promise<void> {
  await em.getRepository(AuthSession).update({ userId, endedAt: IsNull() }, { endedAt: now() });
}
