import { Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Bool, Int, Json, Num, Text, Timestamp } from '../database/entities/columns.js';

/** A member of a province's emulation council; linked to a user where the member has an account. */
@Entity('council_member')
@Index(['provinceSlug'])
export class CouncilMember {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 40 }) provinceSlug: string;
  @Text({ length: 200 }) fullName: string;
  /** chairman | vice-chairman | member | secretary */
  @Text({ length: 20 }) role: string;
  /** "Giám đốc Sở Nội vụ" */
  @Text({ length: 300, default: '' }) position: string;
  /** The member's own unit: they are recused from its nominations. */
  @Int({ nullable: true }) unitId: number | null;
  @Int({ nullable: true, unique: true }) userId: number | null;
  @Bool({ default: true }) active: boolean;
  @Timestamp() createdAt: string;
}

/** A council meeting on one phase × award form: planned → called (votes accepted) → closed (results locked). */
@Entity('council_meeting')
@Index(['provinceSlug', 'phaseId', 'awardFormId'])
export class CouncilMeeting {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 40 }) provinceSlug: string;
  @Text({ length: 80 }) phaseId: string;
  @Text({ length: 80 }) awardFormId: string;
  /** ISO timestamp of the meeting */
  @Timestamp() startsAt: string;
  @Text({ length: 300 }) place: string;
  @Text({ length: 10 }) status: 'planned' | 'called' | 'closed';
  /** The rule in force when the meeting closed (the plugin's or the default), kept with the results. */
  @Json({ nullable: true }) rule: unknown;
  /** The locked results, written once at close. */
  @Json({ nullable: true }) results: unknown;
  @Int() createdBy: number;
  @Timestamp() createdAt: string;
  @Timestamp({ nullable: true }) calledAt: string | null;
  @Timestamp({ nullable: true }) closedAt: string | null;
}

/** A nomination on a meeting's agenda. */
@Entity('council_agenda_item')
@Unique(['meetingId', 'nominationId'])
export class CouncilAgendaItem {
  @PrimaryGeneratedColumn() id: number;
  @Int() meetingId: number;
  @Int() nominationId: number;
}

/** Who of the council was at a meeting: every active member gets a row when the meeting is planned. */
@Entity('council_attendance')
@Unique(['meetingId', 'memberId'])
export class CouncilAttendance {
  @PrimaryGeneratedColumn() id: number;
  @Int() meetingId: number;
  @Int() memberId: number;
  @Bool({ default: false }) present: boolean;
}

/** A member's vote on one nomination at a meeting; changeable until the meeting closes. */
@Entity('council_vote')
@Unique(['meetingId', 'nominationId', 'memberId'])
export class CouncilVote {
  @PrimaryGeneratedColumn() id: number;
  @Int() meetingId: number;
  @Int() nominationId: number;
  @Int() memberId: number;
  @Text({ length: 10 }) choice: string;
  /** Who recorded it: the member, or the secretary from a paper ballot. */
  @Int() recordedBy: number;
  @Timestamp() at: string;
}

/**
 * A member's score for one criterion of one nomination, at a meeting of a phase that scores with points;
 * changeable until the meeting closes.
 */
@Entity('council_score')
@Unique(['meetingId', 'nominationId', 'memberId', 'criterionId'])
export class CouncilScore {
  @PrimaryGeneratedColumn() id: number;
  @Int() meetingId: number;
  @Int() nominationId: number;
  @Int() memberId: number;
  @Text({ length: 80 }) criterionId: string;
  @Num() points: number;
  /** Who recorded it: the member, or the secretary from a paper ballot. */
  @Int() recordedBy: number;
  @Timestamp() at: string;
}
