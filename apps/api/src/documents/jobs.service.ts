import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { assertVisible, type Principal } from '../auth/principal.js';
import { BackgroundJob, now } from '../database/entities/index.js';
import { InProcessRunner, type JobRunner, PgBossRunner } from '../jobs/runners.js';

export type JobHandler = (
  job: BackgroundJob,
  progress: (done: number, total: number) => Promise<void>,
) => Promise<number | null>;

/**
 * Runs slow work (all certificates of a decision) with its status and progress stored on the job's row, so the
 * console can poll it from any replica. On PostgreSQL the queue is pg-boss: any replica runs a job, a failure is
 * retried, a job whose replica dies is picked up by another. On SQLite one job at a time runs in this process and
 * jobs cut short by a restart are marked failed at the next start.
 */
@Injectable()
export class JobsService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly schedules: [string, string, () => Promise<void>][] = [];
  private readonly runner: JobRunner;
  private started = false;

  constructor(private readonly ds: DataSource) {
    const url = ds.options.type === 'postgres' ? (ds.options.url as string) : undefined;
    const log = new Logger('jobs');
    this.runner = url
      ? new PgBossRunner(url, (e) => log.error(`job queue: ${(e as Error).stack ?? String(e)}`))
      : new InProcessRunner();
  }

  async onModuleInit(): Promise<void> {
    if (this.runner instanceof InProcessRunner)
      await this.ds
        .getRepository(BackgroundJob)
        .update(
          { status: In(['queued', 'running']) },
          { status: 'failed', error: 'Bị gián đoạn do khởi động lại / interrupted by a restart', updatedAt: now() },
        );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start((id, attempt, createdAt) => this.run(id, attempt, createdAt));
    this.started = true;
    for (const [name, cron, task] of this.schedules) await this.runner.schedule(name, cron, task);
  }

  /** A stop lets the jobs this replica runs finish (main.ts bounds how long) before Chromium and the database close. */
  beforeApplicationShutdown(): Promise<void> {
    return this.runner.stop();
  }

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /**
   * Runs `task` on a cron expression (e.g. `0 7 * * *` for 07:00 daily), once per cluster on PostgreSQL. Call it
   * from a provider's onModuleInit.
   */
  async schedule(name: string, cron: string, task: () => Promise<void>): Promise<void> {
    if (this.started) await this.runner.schedule(name, cron, task);
    else this.schedules.push([name, cron, task]);
  }

  async enqueue(
    user: Pick<Principal, 'id'>,
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
    await this.runner.send(saved.id, saved.createdAt);
    return saved;
  }

  async get(user: Principal, id: number): Promise<BackgroundJob> {
    const job = await this.ds.getRepository(BackgroundJob).findOneBy({ id });
    assertVisible(user, job, 'tác vụ');
    return job;
  }

  /** Throws when the queue cannot take work (readiness). */
  check(): Promise<void> {
    return this.runner.check();
  }

  /** Resolves when no job waits or runs: in this process (SQLite), or anywhere in the cluster (PostgreSQL). */
  async idle(): Promise<void> {
    if (this.runner instanceof InProcessRunner) return this.runner.idle();
    const repo = this.ds.getRepository(BackgroundJob);
    while (await repo.existsBy({ status: In(['queued', 'running']) })) await new Promise((r) => setTimeout(r, 100));
  }

  private async run(id: number, attempt: number, createdAt?: string): Promise<void> {
    const repo = this.ds.getRepository(BackgroundJob);
    const job = await repo.findOneBy({ id });
    // Gone (a database restored or reset), or settled by an earlier attempt: nothing to do.
    if (!job || (createdAt && job.createdAt !== createdAt) || job.status === 'done' || job.status === 'failed') return;
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for ${job.kind}`);
      await repo.update({ id }, { status: 'running', progress: 0, updatedAt: now() });
      const documentId = await handler(job, (progress, total) =>
        repo.update({ id }, { progress, total, updatedAt: now() }).then(() => undefined),
      );
      await repo.update({ id }, { status: 'done', documentId, updatedAt: now() });
    } catch (e) {
      const error = String((e as Error).message ?? e).slice(0, 1000);
      const last = attempt >= this.runner.attempts;
      await repo.update({ id }, { status: last ? 'failed' : 'queued', error, updatedAt: now() });
      if (!last) throw e; // the queue tries again
    }
  }
}
