import { Entity, Index, PrimaryColumn } from 'typeorm';
import { Int, Text, Timestamp } from './columns.js';

/**
 * A login session: the token names it (`sid`), and the api accepts the token only while the session is open.
 * Logout ends one; a password change or a deactivation ends all of a user's.
 */
@Entity('auth_session')
@Index(['userId'])
export class AuthSession {
  /** Random, 256 bits; useless without a token signed with the api's secret. */
  @PrimaryColumn({ type: 'varchar', length: 64 }) id: string;
  @Int() userId: number;
  @Timestamp() createdAt: string;
  @Timestamp() expiresAt: string;
  @Timestamp({ nullable: true }) endedAt: string | null;
  @Text({ length: 64, nullable: true }) ip: string | null;
}

/**
 * Failed logins counted per account ("user:<name>") and per client address ("ip:<address>") in a window, kept in
 * the database so that every replica sees the same counts; `lockedUntil` set = refused until then.
 */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryColumn({ type: 'varchar', length: 200 }) key: string;
  @Int() failures: number;
  @Timestamp() since: string;
  @Timestamp({ nullable: true }) lockedUntil: string | null;
}
