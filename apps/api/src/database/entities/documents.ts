import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Int, Text, Timestamp } from './columns.js';

/** A document the platform generated (decision, certificate, report…), stored by checksum under the data folder. */
@Entity('generated_document')
@Index(['provinceSlug', 'entity', 'entityId'])
export class GeneratedDocument {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 40 }) provinceSlug: string;
  @Text({ length: 40 }) kind: string;
  /** What it was generated from: "decisions" / "nominations" / "units" / "phases". */
  @Text({ length: 20 }) entity: string;
  @Text({ length: 80 }) entityId: string;
  @Text({ length: 10 }) format: string;
  @Text({ length: 255 }) fileName: string;
  @Text({ length: 64 }) sha256: string;
  @Int() size: number;
  @Int() createdBy: number;
  @Timestamp() createdAt: string;
}

/** Work that takes more than a moment (all certificates of a decision), with progress the console polls. */
@Entity('background_job')
export class BackgroundJob {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 40 }) provinceSlug: string;
  @Text({ length: 40 }) kind: string;
  @Text({ length: 80 }) entityId: string;
  @Text({ length: 10 }) format: string;
  @Text({ length: 10 }) status: 'queued' | 'running' | 'done' | 'failed';
  @Int({ default: 0 }) progress: number;
  @Int({ default: 0 }) total: number;
  @Int({ nullable: true }) documentId: number | null;
  @Text({ length: 1000, nullable: true }) error: string | null;
  @Int() createdBy: number;
  @Timestamp() createdAt: string;
  @Timestamp() updatedAt: string;
}
