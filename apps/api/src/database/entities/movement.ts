import { Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { DateOnly, Int, Json, LongText, Text, Timestamp } from './columns.js';

/** A unit proposes a nominee (a collective unit or an individual person) for an award form in a phase. */
@Entity('nomination')
@Index(['provinceSlug', 'phaseId', 'awardFormId', 'status'])
export class Nomination {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 40 }) provinceSlug: string;
  @Text({ length: 80 }) phaseId: string;
  @Text({ length: 80 }) awardFormId: string;
  @Int() nominatingUnitId: number;
  @Text({ length: 12 }) recipient: 'collective' | 'individual';
  @Int({ nullable: true }) nomineeUnitId: number | null;
  @Int({ nullable: true }) nomineePersonId: number | null;
  /** Denormalised for lists and documents; set from the nominee on create. */
  @Text({ length: 300 }) nomineeName: string;
  @Text({ length: 700 }) nomineeSortKey: string;
  @Text({ length: 300 }) nomineeSearchText: string;
  @Text({ length: 30 }) tier: string;
  @Text({ length: 12 }) status: string;
  @LongText({ default: '' }) achievements: string;
  /** Criteria version in force at submission, and the evaluation against it. */
  @Int({ nullable: true }) criteriaVersion: number | null;
  @Text({ length: 10, nullable: true }) criteriaStatus: string | null;
  @Text({ length: 1000, nullable: true }) returnReason: string | null;
  /**
   * Set while the nomination holds an award place (approved/decided): phase|form|nominee. Unique, so the same
   * unit or person cannot receive the same award form twice in a phase, even under concurrent approvals.
   */
  @Text({ length: 200, nullable: true, unique: true }) awardKey: string | null;
  @Int({ nullable: true }) decisionId: number | null;
  @Int() createdBy: number;
  @Timestamp() createdAt: string;
  @Timestamp() updatedAt: string;
  @Timestamp({ nullable: true }) submittedAt: string | null;
}

/** One step of a nomination's history. */
@Entity('nomination_event')
@Index(['nominationId'])
export class NominationEvent {
  @PrimaryGeneratedColumn() id: number;
  @Int() nominationId: number;
  @Text({ length: 12, nullable: true }) fromStatus: string | null;
  @Text({ length: 12 }) toStatus: string;
  @Text({ length: 20 }) action: string;
  @Text({ length: 1000, nullable: true }) reason: string | null;
  @Int() userId: number;
  @Timestamp() at: string;
}

/** An uploaded dossier document; the bytes live on disk under the data folder, named by their checksum. */
@Entity('dossier_document')
@Index(['nominationId'])
export class DossierDocument {
  @PrimaryGeneratedColumn() id: number;
  @Int() nominationId: number;
  @Text({ length: 30 }) type: string;
  @Text({ length: 255 }) fileName: string;
  @Text({ length: 100 }) mimeType: string;
  @Int() size: number;
  @Text({ length: 64 }) sha256: string;
  @Int() uploadedBy: number;
  @Timestamp() uploadedAt: string;
}

/** The result of one criterion for one nomination: automatic for numeric ones, a reviewer's verdict otherwise. */
@Entity('criterion_check')
@Unique(['nominationId', 'criterionId'])
export class CriterionCheck {
  @PrimaryGeneratedColumn() id: number;
  @Int() nominationId: number;
  @Text({ length: 80 }) criterionId: string;
  @Text({ length: 12 }) kind: string;
  @Text({ length: 10 }) status: string;
  @Json({ nullable: true }) value: number | null;
  @Text({ length: 1000 }) detail: string;
  /** Who judged (a user id) for a verdict; null for an automatic check. */
  @Int({ nullable: true }) checkedBy: number | null;
  @Timestamp() checkedAt: string;
}

/** The chairman's award decision. Immutable once issued. */
@Entity('award_decision')
@Unique(['provinceSlug', 'number'])
export class AwardDecision {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 40 }) provinceSlug: string;
  @Text({ length: 80 }) phaseId: string;
  @Text({ length: 80 }) awardFormId: string;
  /** "125/QĐ-UBND" */
  @Text({ length: 60 }) number: string;
  @DateOnly() signedOn: string;
  @Text({ length: 200 }) signerName: string;
  @Text({ length: 200 }) signerTitle: string;
  @Text({ length: 10 }) status: 'draft' | 'issued';
  @Int() createdBy: number;
  @Timestamp() createdAt: string;
  @Timestamp({ nullable: true }) issuedAt: string | null;
}

/** A version of a province's criteria: the full list as it stood after one change. Version 1 = the plugin's. */
@Entity('criteria_version')
@Unique(['provinceSlug', 'version'])
export class CriteriaVersion {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 40 }) provinceSlug: string;
  @Int() version: number;
  @Json() criteria: unknown[];
  @Text({ length: 20 }) change: 'plugin' | 'add' | 'edit' | 'retire';
  @Text({ length: 80, nullable: true }) criterionId: string | null;
  @Text({ length: 1000 }) reason: string;
  @Int({ nullable: true }) authorId: number | null;
  @Timestamp() createdAt: string;
}

/** An administrator's extension of a phase's nomination deadline. */
@Entity('deadline_extension')
@Unique(['provinceSlug', 'phaseId'])
export class DeadlineExtension {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 40 }) provinceSlug: string;
  @Text({ length: 80 }) phaseId: string;
  @DateOnly() extendedTo: string;
  @Int() by: number;
  @Timestamp() at: string;
}

/** A row locked while a quota is checked, so parallel approvals of the same phase × award form queue up. */
@Entity('quota_lock')
export class QuotaLock {
  @Text({ length: 200, primary: true }) key: string;
}

/** Who did what, when, with the state before and after. Written in the same transaction as the change. */
@Entity('audit_event')
@Index(['provinceSlug', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 40, nullable: true }) provinceSlug: string | null;
  @Int({ nullable: true }) userId: number | null;
  @Text({ length: 80 }) username: string;
  @Text({ length: 40 }) action: string;
  @Text({ length: 40 }) entity: string;
  @Text({ length: 40, nullable: true }) entityId: string | null;
  @Json({ nullable: true }) before: unknown;
  @Json({ nullable: true }) after: unknown;
  @Timestamp() at: string;
}
