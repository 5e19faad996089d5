import { type BeforeApplicationShutdown, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { assertVisible, type Principal } from '../auth/principal.js';
import { BackgroundJob, now } from '../database/entities/index.js';

export type JobHandler = (
  job: BackgroundJob,
  progress: (done: number, total: number) => Promise<void>,
) => Promise<number>;

/**
 * Runs slow work (all certificates of a decision) one job at a time, in this process, with its status and progress
 * stored so the console can poll it. Jobs cut short by a restart are marked failed at the next start.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly handlers = new Map<string, JobHandler>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly ds: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ds
      .getRepository(BackgroundJob)
      .update(
        { status: In(['queued', 'running']) },
        { status: 'failed', error: 'Bị gián đoạn do khởi động lại / interrupted by a restart', updatedAt: now() },
      );
  }

  /** A stop lets the jobs already queued finish (main.ts bounds how long) before Chromium and the database close. */
  beforeApplicationShutdown(): Promise<void> {
    return this.idle();
  }

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  async enqueue(
    user: Principal,
    job: Pick<BackgroundJob, 'provinceSlug' | 'kind' | 'entityId' | 'format'>,
  ): Promise<BackgroundJob> {
    const at = now();
    const saved = await this.ds.getRepository(BackgroundJob).save({
      ...job,
      status: 'queued' as const,
      progress: 0,
      total: 0,
      documentId: null,
      error: null,
      createdBy: user.id,
      createdAt: at,
      updatedAt: at,
    });
    this.queue = this.queue.then(() => this.run(saved.id));
    return saved;
  }

  async get(user: Principal, id: number): Promise<BackgroundJob> {
    const job = await this.ds.getRepository(BackgroundJob).findOneBy({ id });
    assertVisible(user, job, 'tác vụ');
    return job;
  }

  /** Resolves when every job queued so far has finished (for tests and shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async run(id: number): Promise<void> {
    const repo = this.ds.getRepository(BackgroundJob);
    const job = await repo.findOneByOrFail({ id });
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for ${job.kind}`);
      await repo.update({ id }, { status: 'running', updatedAt: now() });
      const documentId = await handler(job, (progress, total) =>
        repo.update({ id }, { progress, total, updatedAt: now() }).then(() => undefined),
      );
      await repo.update({ id }, { status: 'done', documentId, updatedAt: now() });
    } catch (e) {
      await repo.update(
        { id },
        { status: 'failed', error: String((e as Error).message ?? e).slice(0, 1000), updatedAt: now() },
      );
    }
  }
}
