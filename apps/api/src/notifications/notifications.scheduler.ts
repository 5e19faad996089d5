import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Mailer } from './mailer.js';
import { NotificationsService } from './notifications.service.js';

/**
 * Runs the notifier on every replica at an interval. Replicas need no coordination: each message is claimed in
 * the database, so whichever replica gets there first sends it and the others skip it.
 */
@Injectable()
export class NotificationsScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private readonly log = new Logger('notifications');

  constructor(
    private readonly notifications: NotificationsService,
    private readonly mailer: Mailer,
    private readonly intervalSeconds: number,
  ) {}

  onApplicationBootstrap(): void {
    if (this.intervalSeconds <= 0) return;
    this.timer = setInterval(() => void this.tick(), this.intervalSeconds * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.mailer.close();
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.notifications.run();
    } catch (e) {
      this.log.error(e instanceof Error ? e.message : String(e));
    } finally {
      this.running = false;
    }
  }
}
