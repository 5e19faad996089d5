import { CronExpressionParser } from 'cron-parser';
import { PgBoss } from 'pg-boss';

/** Runs the stored job `id` (attempt counts from 1; createdAt tells a job row from a newer one with the same id). */
export type RunJob = (id: number, attempt: number, createdAt?: string) => Promise<void>;

/** Where jobs wait and who runs them: in this process (SQLite), or a PostgreSQL queue every replica reads. */
export interface JobRunner {
  start(run: RunJob): Promise<void>;
  /** Hands the stored job to the queue. */
  send(id: number, createdAt: string): Promise<void>;
  /** Runs `task` on the cron expression, once per cluster. */
  schedule(name: string, cron: string, task: () => Promise<void>): Promise<void>;
  /** Throws when the queue cannot take work. */
  check(): Promise<void>;
  /** Resolves when the jobs this process runs have finished; takes no new ones. */
  stop(): Promise<void>;
  /** Attempts a job gets before it is marked failed. */
  readonly attempts: number;
}

/** One job at a time in this process: the embedded database serialises writes anyway. */
export class InProcessRunner implements JobRunner {
  readonly attempts = 1;
  private queue: Promise<void> = Promise.resolve();
  private run!: RunJob;
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  async start(run: RunJob): Promise<void> {
    this.run = run;
  }

  async send(id: number): Promise<void> {
    this.queue = this.queue.then(() => this.run(id, 1)).catch(() => undefined);
  }

  async schedule(name: string, cron: string, task: () => Promise<void>): Promise<void> {
    const next = () => {
      if (this.stopped) return;
      const wait = CronExpressionParser.parse(cron).next().getTime() - Date.now();
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.queue = this.queue.then(task).catch(() => undefined);
        next();
      }, wait);
      timer.unref();
      this.timers.add(timer);
    };
    next();
  }

  async check(): Promise<void> {
    if (this.stopped) throw new Error('stopped');
  }

  idle(): Promise<void> {
    return this.queue;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    await this.queue;
  }
}

const QUEUE = 'thidua-jobs';

/**
 * pg-boss on the api's PostgreSQL (schema `thidua_jobs`): any replica picks a job up; a job whose replica stops
 * sending heartbeats (killed, crashed) is handed to another after `heartbeatSeconds`; failures are retried.
 */
export class PgBossRunner implements JobRunner {
  readonly attempts = 3;
  private readonly boss: PgBoss;
  private ready = false;

  constructor(connectionString: string, onError: (e: unknown) => void) {
    this.boss = new PgBoss({
      connectionString,
      schema: 'thidua_jobs',
      max: 4,
      // How often a replica looks for jobs whose worker went quiet (and for due schedules).
      superviseIntervalSeconds: Number(process.env.JOBS_SUPERVISE_SECONDS ?? 5),
      cronWorkerIntervalSeconds: 5,
    });
    this.boss.on('error', onError);
  }

  async start(run: RunJob): Promise<void> {
    await this.boss.start();
    await this.boss.createQueue(QUEUE, {
      retryLimit: this.attempts - 1,
      retryDelay: 1,
      heartbeatSeconds: Number(process.env.JOBS_HEARTBEAT_SECONDS ?? 10),
      expireInSeconds: 3600,
    });
    await this.boss.work<{ id: number; createdAt: string }>(
      QUEUE,
      { pollingIntervalSeconds: 0.5, includeMetadata: true },
      async ([job]) =>
        run(job!.data.id, (job as unknown as { retryCount: number }).retryCount + 1, job!.data.createdAt),
    );
    this.ready = true;
  }

  async send(id: number, createdAt: string): Promise<void> {
    await this.boss.send(QUEUE, { id, createdAt });
  }

  async schedule(name: string, cron: string, task: () => Promise<void>): Promise<void> {
    await this.boss.createQueue(name);
    await this.boss.schedule(name, cron);
    await this.boss.work(name, async () => task());
  }

  async check(): Promise<void> {
    if (!this.ready) throw new Error('the job queue has not started');
    await this.boss.getQueue(QUEUE);
  }

  async stop(): Promise<void> {
    this.ready = false;
    // Waits for running handlers (graceful), bounded by main.ts's grace period.
    await this.boss.stop({ graceful: true, timeout: 8000 });
  }
}
