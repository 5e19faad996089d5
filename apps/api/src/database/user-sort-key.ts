import { vietnameseSortKey } from '@thidua/domain';
import { type EntitySubscriberInterface, EventSubscriber, type InsertEvent, type UpdateEvent } from 'typeorm';
import { User } from './entities/index.js';

/**
 * Keeps a user's sort key with its full name on every write (the api, the demo data, the command line, tests), so
 * lists sort users in Vietnamese order ("Cán bộ" before "Chuyên viên", "Điện" after "Dũng"), not in byte order.
 * A subscriber, not an entity listener: it also sees the plain objects that `insert` and `update` are given.
 */
@EventSubscriber()
export class UserSortKey implements EntitySubscriberInterface<User> {
  listenTo() {
    return User;
  }

  beforeInsert(event: InsertEvent<User>): void {
    keep(event.entity);
  }

  beforeUpdate(event: UpdateEvent<User>): void {
    keep(event.entity as Partial<User> | undefined);
  }
}

function keep(user: Partial<User> | undefined): void {
  if (user && typeof user.fullName === 'string') user.sortKey = vietnameseSortKey(user.fullName);
}
