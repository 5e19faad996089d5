import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { type IsoDate, nominationCloses, nominationWindow, reportDueDates, shortDate, type Tier } from '@thidua/domain';
import { DataSource, type EntityManager, In, IsNull, LessThan, MoreThan } from 'typeorm';
import { AuditService, type CommittedEvent } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { notFound } from '../common/errors.js';
import {
  AuditEvent,
  DeadlineExtension,
  Nomination,
  now,
  Registration,
  Report,
  Unit,
  User,
  BackgroundJob,
} from '../database/entities/index.js';
import { Transactions } from '../database/transactions.js';
import { JobsService } from '../documents/jobs.service.js';
import { ProvincesRegistry } from '../provinces/provinces.registry.js';
import { Mailer } from './mailer.js';
import { EmailMessage, Notification, NotificationCursor, NotificationPreference } from './notification.entities.js';

export interface NotificationEvent {
  kind: string;
  /** The same event for the same user is stored once, however many replicas or runs produce it. */
  eventKey: string;
  provinceSlug: string | null;
  title: string;
  body: string;
  link: string | null;
}

/** Unit tiers (not people): the units a phase or deadline concerns. */
const UNIT_TIERS: readonly string[] = ['provincial-agency', 'district', 'commune', 'enterprise'];
/** Audit events that notify at once: their job stores the notifications and sends the emails. */
const EVENT_ACTIONS = ['nomination.return', 'decision.issue'];
/** Events whose notifications their own transaction stored: the job only sends the emails. */
const STORED_ACTIONS = ['council.meeting.call'];
/** Finished notify jobs are kept this many days, then deleted by the periodic run. */
export const NOTIFY_JOB_DAYS = 7;
/** Sends tried per email before it stays failed (the periodic run retries). */
export const EMAIL_ATTEMPTS = 5;
/** A passed deadline is reported within a week; older ones are history, not news. */
const PASSED_WINDOW_DAYS = 7;

/**
 * The notification centre and email. Events of other modules (returns, decisions) are read from the audit trail,
 * which they write in the same transaction as the change: nothing in their code changes, and an event is seen
 * only if its change committed. Reminders are computed from the plans' calendars on each run. Every message is
 * claimed in the database (a unique key per event and user, a conditional update per email), so any number of
 * api replicas send each one once.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  private readonly log = new Logger('notifications');

  constructor(
    private readonly ds: DataSource,
    private readonly provinces: ProvincesRegistry,
    private readonly clock: Clock,
    private readonly mailer: Mailer,
    private readonly tx: Transactions,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Events are told at once: when a return, a decision or a meeting call commits, a job (pg-boss on PostgreSQL,
   * in this process on SQLite) stores its notifications and sends the emails. The periodic run stays the safety
   * net: it reads the same events from the audit trail (stored once per user by the unique key), sends deadline
   * reminders and digests, and retries failed emails.
   */
  onModuleInit(): void {
    this.jobs.register('notify', (job) => this.notifyJob(job));
    this.audit.onCommitted([...EVENT_ACTIONS, ...STORED_ACTIONS], (e) => void this.soon(e));
  }

  private async soon(e: CommittedEvent): Promise<void> {
    try {
      await this.jobs.enqueue(
        { id: e.userId ?? 0 },
        { provinceSlug: e.provinceSlug ?? '', kind: 'notify', entityId: String(e.id), format: '' },
      );
    } catch (err) {
      // The periodic run still picks the event up from the audit trail.
      this.log.warn(`notify job for audit event ${e.id}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private async notifyJob(job: BackgroundJob): Promise<null> {
    const ev = await this.ds.getRepository(AuditEvent).findOneBy({ id: Number(job.entityId) });
    if (ev && EVENT_ACTIONS.includes(ev.action)) await this.fromEvent(ev);
    await this.deliver();
    return null;
  }

  // ── the centre ─────────────────────────────────────────────────────────────────────────────────────────────

  async list(user: Principal, unreadOnly: boolean, limit: number) {
    const repo = this.ds.getRepository(Notification);
    const where = { userId: user.id, ...(unreadOnly ? { readAt: IsNull() } : {}) };
    const [items, unread] = await Promise.all([
      repo.find({ where, order: { id: 'DESC' }, take: limit }),
      repo.countBy({ userId: user.id, readAt: IsNull() }),
    ]);
    return { unread, items };
  }

  async unreadCount(user: Principal) {
    return { unread: await this.ds.getRepository(Notification).countBy({ userId: user.id, readAt: IsNull() }) };
  }

  async markRead(user: Principal, id: number) {
    const repo = this.ds.getRepository(Notification);
    const n = await repo.findOneBy({ id, userId: user.id });
    if (!n) throw notFound('Không tìm thấy thông báo / notification not found');
    if (!n.readAt) await this.tx.run((em) => em.getRepository(Notification).update({ id }, { readAt: now() }));
    return this.unreadCount(user);
  }

  async markAllRead(user: Principal) {
    await this.tx.run((em) =>
      em.getRepository(Notification).update({ userId: user.id, readAt: IsNull() }, { readAt: now() }),
    );
    return this.unreadCount(user);
  }

  async preferences(user: Principal) {
    const p = await this.ds.getRepository(NotificationPreference).findOneBy({ userId: user.id });
    return p ?? { userId: user.id, email: null, emailEnabled: true, dailyDigest: false, lastDigestOn: null };
  }

  async setPreferences(
    user: Principal,
    input: Partial<Pick<NotificationPreference, 'email' | 'emailEnabled' | 'dailyDigest'>>,
  ) {
    const current = await this.preferences(user);
    const next = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
    await this.tx.run((em) => em.getRepository(NotificationPreference).save(next));
    return next;
  }

  // ── producing ──────────────────────────────────────────────────────────────────────────────────────────────

  /** Stores an event for each user once (insert-or-ignore on the unique key); returns how many were new. */
  async notify(em: EntityManager, e: NotificationEvent, userIds: number[]): Promise<number> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return 0;
    const prefs = await em.getRepository(NotificationPreference).findBy({ userId: In(ids) });
    const before = await em.getRepository(Notification).countBy({ eventKey: e.eventKey });
    const at = now();
    await em
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(
        ids.map((userId) => {
          const p = prefs.find((x) => x.userId === userId);
          const email = !p?.email || !p.emailEnabled ? 'off' : p.dailyDigest ? 'digest' : 'pending';
          return { ...e, userId, createdAt: at, readAt: null, emailStatus: email };
        }),
      )
      .orIgnore()
      // Ids are not read back: on SQLite, TypeORM would assign one per row and throw when some were ignored.
      .updateEntity(false)
      .execute();
    return (await em.getRepository(Notification).countBy({ eventKey: e.eventKey })) - before;
  }

  /** One pass of the notifier: events from the audit trail, reminders due today, then emails and digests. */
  async run(): Promise<{ created: number; emailed: number; digests: number; prunedJobs: number }> {
    const created = (await this.fromAudit()) + (await this.reminders(this.clock.today()));
    await this.retryFailed();
    const emailed = await this.deliver();
    const digests = await this.digests(this.clock.today());
    return { created, emailed, digests, prunedJobs: await this.pruneJobs() };
  }

  /**
   * Deletes finished notify jobs older than a week: one is queued per event, and once it is done or failed its
   * row tells nothing the notification and email rows do not (a failed email is retried from its own row).
   * Other kinds (certificate archives) keep their rows. Job times are real instants, not the pinned "today".
   */
  private async pruneJobs(): Promise<number> {
    const cutoff = new Date(Date.now() - NOTIFY_JOB_DAYS * 86_400_000).toISOString();
    const res = await this.ds
      .getRepository(BackgroundJob)
      .delete({ kind: 'notify', status: In(['done', 'failed']), updatedAt: LessThan(cutoff) });
    return res.affected ?? 0;
  }

  /** Returned nominations (to the unit's clerks) and issued decisions (to the nominating units' clerks). */
  private async fromAudit(): Promise<number> {
    const cursor = await this.ds.getRepository(NotificationCursor).findOneBy({ name: 'audit' });
    const events = await this.ds.getRepository(AuditEvent).find({
      where: { action: In(EVENT_ACTIONS), id: MoreThan(cursor?.lastId ?? 0) },
      order: { id: 'ASC' },
      take: 500,
    });
    let created = 0;
    for (const ev of events) created += await this.fromEvent(ev);
    const last = events.at(-1)?.id;
    if (last !== undefined) await this.advance(last);
    return created;
  }

  /** One audit event's notifications, each stored once per user (the job and the periodic run may both try). */
  private fromEvent(ev: AuditEvent): Promise<number> {
    return this.tx.run(async (em) => {
      const after = ev.after as Record<string, unknown>;
      if (ev.action === 'nomination.return') {
        const n = after as unknown as Nomination;
        return this.notify(
          em,
          {
            kind: 'returned',
            eventKey: `returned|${ev.id}`,
            provinceSlug: ev.provinceSlug,
            title: `Đề nghị khen thưởng bị trả lại: ${n.nomineeName}`,
            body: `Lý do: ${n.returnReason ?? ''}\nNgười trả lại: ${ev.username}. Hãy bổ sung, chỉnh sửa và gửi lại.`,
            link: `/nominations/${n.id}/show`,
          },
          [...(await clerksOf(em, [n.nominatingUnitId])), n.createdBy],
        );
      }
      const ids = (after.nominationIds as number[] | undefined) ?? [];
      const noms = ids.length ? await em.getRepository(Nomination).findBy({ id: In(ids) }) : [];
      const manifest = this.provinces.get(String(after.provinceSlug));
      const form = manifest.awardForms.find((f) => f.id === after.awardFormId)?.name ?? String(after.awardFormId);
      let sent = 0;
      for (const unitId of [...new Set(noms.map((n) => n.nominatingUnitId))]) {
        const mine = noms.filter((n) => n.nominatingUnitId === unitId);
        sent += await this.notify(
          em,
          {
            kind: 'decision-issued',
            eventKey: `decision-issued|${ev.id}`,
            provinceSlug: ev.provinceSlug,
            title: `Đã ban hành Quyết định ${String(after.number)} tặng "${form}"`,
            body: `Quyết định ${String(after.number)} ngày ${shortDate(String(after.signedOn))} khen thưởng:\n${mine.map((n) => `- ${n.nomineeName}`).join('\n')}`,
            link: `/decisions/${ev.entityId}/show`,
          },
          await clerksOf(em, [unitId]),
        );
      }
      return sent;
    });
  }

  /** Moves the cursor forward only (two replicas may race; the larger wins). */
  private async advance(lastId: number) {
    await this.tx.run(async (em) => {
      await em
        .createQueryBuilder()
        .insert()
        .into(NotificationCursor)
        .values({ name: 'audit', lastId: 0 })
        .orIgnore()
        .execute();
      await em
        .createQueryBuilder()
        .update(NotificationCursor)
        .set({ lastId })
        .where('name = :name AND "lastId" < :lastId', { name: 'audit', lastId })
        .execute();
    });
  }

  /** Phase openings and deadlines (7 days, 1 day, passed) of every province, as of `today`. */
  async reminders(today: IsoDate): Promise<number> {
    let created = 0;
    for (const { manifest } of this.provinces.all()) {
      const slug = manifest.slug;
      const extensions = await this.ds.getRepository(DeadlineExtension).findBy({ provinceSlug: slug });
      for (const phase of manifest.phases) {
        const forms = manifest.awardForms.filter((f) => phase.awardFormIds.includes(f.id));
        const tiers = [...new Set(forms.flatMap((f) => f.tiers ?? manifest.tiers.map((t) => t.tier)))].filter((t) =>
          UNIT_TIERS.includes(t),
        ) as Tier[];
        const closes = nominationCloses(phase, extensions.find((x) => x.phaseId === phase.id)?.extendedTo);
        const window = nominationWindow(phase, today, closes);
        if (window.open && days(phase.period.from, today) <= PASSED_WINDOW_DAYS) {
          created += await this.tx.run(async (em) =>
            this.notify(
              em,
              {
                kind: 'phase-open',
                eventKey: `phase-open|${slug}|${phase.id}`,
                provinceSlug: slug,
                title: `Mở đợt ${phase.name}`,
                body: `${phase.name}: nhận đề nghị khen thưởng đến hết ngày ${shortDate(closes)} (${forms.map((f) => f.name).join('; ')}).`,
                link: '/nominations',
              },
              await clerksOf(em, await unitsOf(em, slug, tiers, today)),
            ),
          );
        }
        const stage = deadlineStage(closes, today);
        if (stage) {
          created += await this.tx.run(async (em) => {
            const units = await unitsOf(em, slug, tiers, today);
            const sent = await em
              .getRepository(Nomination)
              .createQueryBuilder('n')
              .select('DISTINCT n.nominatingUnitId', 'unitId')
              .where('n.provinceSlug = :slug AND n.phaseId = :phase AND n.submittedAt IS NOT NULL', {
                slug,
                phase: phase.id,
              })
              .getRawMany<{ unitId: number }>();
            const late = units.filter((u) => !sent.some((s) => Number(s.unitId) === u));
            return this.notify(
              em,
              deadlineEvent(
                stage,
                `nomination|${slug}|${phase.id}|${closes}`,
                slug,
                closes,
                `gửi đề nghị khen thưởng ${phase.name}`,
                '/nominations',
              ),
              await clerksOf(em, late),
            );
          });
        }
      }
      const reportDays = new Set<IsoDate>(manifest.phases.flatMap((p) => (p.reportDeadline ? [p.reportDeadline] : [])));
      for (const r of manifest.workflow.reportDeadlines)
        for (const d of reportDueDates(r, shift(today, -PASSED_WINDOW_DAYS - 1), shift(today, 8))) reportDays.add(d);
      for (const due of reportDays) {
        const stage = deadlineStage(due, today);
        if (!stage) continue;
        const year = Number(due.slice(0, 4));
        created += await this.tx.run(async (em) => {
          const registered = await em.getRepository(Registration).findBy({ provinceSlug: slug, year });
          const reported = await em.getRepository(Report).findBy({ provinceSlug: slug, year });
          const late = registered.map((x) => x.unitId).filter((u) => !reported.some((x) => x.unitId === u));
          return this.notify(
            em,
            deadlineEvent(
              stage,
              `report|${slug}|${due}`,
              slug,
              due,
              `gửi báo cáo kết quả phong trào năm ${year}`,
              '/reports',
            ),
            await clerksOf(em, late),
          );
        });
      }
    }
    return created;
  }

  // ── email ──────────────────────────────────────────────────────────────────────────────────────────────────

  /** Failed emails go back to the queue, until they have been tried EMAIL_ATTEMPTS times. */
  private async retryFailed(): Promise<void> {
    await this.tx.run((em) =>
      em
        .createQueryBuilder()
        .update(Notification)
        .set({ emailStatus: 'pending' })
        .where('"emailStatus" = :failed AND "emailAttempts" < :max', { failed: 'failed', max: EMAIL_ATTEMPTS })
        .execute(),
    );
  }

  /** Sends each pending email once: a replica claims a row by moving it from pending to sending. */
  async deliver(): Promise<number> {
    if (!this.mailer.enabled) return 0;
    const repo = this.ds.getRepository(Notification);
    const pending = await repo.find({ where: { emailStatus: 'pending' }, order: { id: 'ASC' }, take: 200 });
    let sent = 0;
    for (const n of pending) {
      const claim = await this.tx.run((em) =>
        em
          .getRepository(Notification)
          .update({ id: n.id, emailStatus: 'pending' }, { emailStatus: 'sending', emailAttempts: n.emailAttempts + 1 }),
      );
      if (!claim.affected) continue;
      const pref = await this.ds.getRepository(NotificationPreference).findOneBy({ userId: n.userId });
      const ok = await this.send(n.userId, pref?.email ?? '', n.title, n.body, [n.id]);
      await this.tx.run((em) =>
        em.getRepository(Notification).update({ id: n.id }, { emailStatus: ok ? 'sent' : 'failed' }),
      );
      if (ok) sent++;
    }
    return sent;
  }

  /** Once a day, one email per digest user with what waited for it; the day is claimed by a conditional update. */
  async digests(today: IsoDate): Promise<number> {
    if (!this.mailer.enabled) return 0;
    const prefs = await this.ds.getRepository(NotificationPreference).findBy({ dailyDigest: true, emailEnabled: true });
    let sent = 0;
    for (const p of prefs) {
      const waiting = await this.ds.getRepository(Notification).find({
        where: { userId: p.userId, emailStatus: 'digest' },
        order: { id: 'ASC' },
      });
      if (!waiting.length || !p.email) continue;
      const claim = await this.tx.run((em) =>
        em
          .createQueryBuilder()
          .update(NotificationPreference)
          .set({ lastDigestOn: today })
          .where('"userId" = :id AND ("lastDigestOn" IS NULL OR "lastDigestOn" < :today)', { id: p.userId, today })
          .execute(),
      );
      if (!claim.affected) continue;
      const ids = waiting.map((n) => n.id);
      const ok = await this.send(
        p.userId,
        p.email,
        `Thông báo thi đua – khen thưởng ngày ${shortDate(today)} (${waiting.length})`,
        waiting.map((n) => `• ${n.title}\n${n.body}`).join('\n\n'),
        ids,
      );
      await this.tx.run((em) =>
        em.getRepository(Notification).update({ id: In(ids) }, { emailStatus: ok ? 'sent' : 'failed' }),
      );
      if (ok) sent++;
    }
    return sent;
  }

  private async send(userId: number, to: string, subject: string, text: string, ids: number[]): Promise<boolean> {
    let error: string | null = null;
    try {
      await this.mailer.send(to, subject, text);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    await this.tx.run((em) =>
      em.getRepository(EmailMessage).insert({
        userId,
        toAddress: to,
        subject: subject.slice(0, 300),
        notificationIds: ids,
        status: error ? 'failed' : 'sent',
        error: error?.slice(0, 1000) ?? null,
        at: now(),
      }),
    );
    return !error;
  }

  /** The record of sent emails (for administrators). */
  sentMessages(limit: number) {
    return this.ds.getRepository(EmailMessage).find({ order: { id: 'DESC' }, take: limit });
  }
}

type Stage = 'deadline-7' | 'deadline-1' | 'deadline-passed';

/** Which reminder a deadline is due for today: within 7 days, within 1 day, or passed (for a week). */
export function deadlineStage(due: IsoDate, today: IsoDate): Stage | null {
  const left = days(today, due);
  if (left < 0) return -left <= PASSED_WINDOW_DAYS ? 'deadline-passed' : null;
  if (left <= 1) return 'deadline-1';
  if (left <= 7) return 'deadline-7';
  return null;
}

function deadlineEvent(
  stage: Stage,
  key: string,
  slug: string,
  due: IsoDate,
  what: string,
  link: string,
): NotificationEvent {
  const title =
    stage === 'deadline-passed'
      ? `Đã quá hạn ${what} (hạn ${shortDate(due)})`
      : `Còn ${stage === 'deadline-1' ? '1 ngày' : 'dưới 7 ngày'}: hạn ${what} là ${shortDate(due)}`;
  const body =
    stage === 'deadline-passed'
      ? `Đơn vị chưa ${what}; hạn là ngày ${shortDate(due)}. Hãy liên hệ cơ quan tổng hợp.`
      : `Đơn vị chưa ${what}. Hạn cuối: ngày ${shortDate(due)}.`;
  return { kind: stage, eventKey: `${stage}|${key}`, provinceSlug: slug, title, body, link };
}

/** Active units of these tiers in a province on a date. */
async function unitsOf(em: EntityManager, slug: string, tiers: Tier[], today: IsoDate): Promise<number[]> {
  if (!tiers.length) return [];
  const rows = await em
    .getRepository(Unit)
    .createQueryBuilder('u')
    .select('u.id', 'id')
    .where('u.provinceSlug = :slug AND u.tier IN (:...tiers)', { slug, tiers })
    .andWhere('(u.validTo IS NULL OR u.validTo > :today)', { today })
    .getRawMany<{ id: number }>();
  return rows.map((r) => Number(r.id));
}

/** The active clerks of these units: who hears for a unit. */
async function clerksOf(em: EntityManager, unitIds: number[]): Promise<number[]> {
  if (!unitIds.length) return [];
  const users = await em.getRepository(User).findBy({ unitId: In(unitIds), role: 'unit-clerk', active: true });
  return users.map((u) => u.id);
}

const days = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const shift = (d: IsoDate, n: number) => new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);
