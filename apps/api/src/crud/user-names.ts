import { type EntityManager, In } from 'typeorm';
import { User } from '../database/entities/index.js';

/**
 * The full names of users by id, for rows that record who acted: the console shows names without reading
 * /users (which only administrators may). A deleted or unknown id is simply absent.
 */
export async function userNames(em: EntityManager, ids: readonly (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const users = await em.getRepository(User).find({ where: { id: In(wanted) }, select: { id: true, fullName: true } });
  return new Map(users.map((u) => [u.id, u.fullName]));
}
