import { Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Bool, DateOnly, Int, Json, LongText, Text, Timestamp } from '../database/entities/columns.js';

/**
 * One message to one user, in the notification centre. (eventKey, userId) is unique: whichever replica inserts
 * it first owns the event for that user, so a reminder is created once however many replicas run.
 */
@Entity('notification')
@Unique(['eventKey', 'userId'])
@Index(['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn() id: number;
  @Int() userId: number;
  @Text({ length: 40, nullable: true }) provinceSlug: string | null;
  /** returned | decision-issued | meeting-called | phase-open | deadline-7 | deadline-1 | deadline-passed */
  @Text({ length: 30 }) kind: string;
  @Text({ length: 200 }) eventKey: string;
  @Text({ length: 300 }) title: string;
  @LongText() body: string;
  /** A console path, e.g. /nominations/12/show */
  @Text({ length: 200, nullable: true }) link: string | null;
  @Timestamp() createdAt: string;
  @Timestamp({ nullable: true }) readAt: string | null;
  /** pending → sending → sent | failed; digest (waits for the daily digest); off (email off or no address). */
  @Text({ length: 10 }) emailStatus: string;
  /** Sends tried: a failed one goes back to pending at the next periodic run, up to EMAIL_ATTEMPTS. */
  @Int({ default: 0 }) emailAttempts: number;
}

/** A user's notification preferences and email address. */
@Entity('notification_preference')
export class NotificationPreference {
  @Int({ primary: true }) userId: number;
  @Text({ length: 200, nullable: true }) email: string | null;
  @Bool({ default: true }) emailEnabled: boolean;
  @Bool({ default: false }) dailyDigest: boolean;
  /** The last day a digest was claimed for this user (claimed by a conditional update: one replica wins). */
  @DateOnly({ nullable: true }) lastDigestOn: string | null;
}

/** Every email sent or attempted: who, what, when, how it went. */
@Entity('email_message')
@Index(['userId', 'at'])
export class EmailMessage {
  @PrimaryGeneratedColumn() id: number;
  @Int() userId: number;
  @Text({ length: 200 }) toAddress: string;
  @Text({ length: 300 }) subject: string;
  @Json() notificationIds: number[];
  /** sent | failed */
  @Text({ length: 10 }) status: string;
  @Text({ length: 1000, nullable: true }) error: string | null;
  @Timestamp() at: string;
}

/** How far the notifier has read the audit trail (events of other modules: returns, decisions). */
@Entity('notification_cursor')
export class NotificationCursor {
  @Text({ length: 40, primary: true }) name: string;
  @Int() lastId: number;
}
