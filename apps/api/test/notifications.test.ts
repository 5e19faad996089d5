import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { DataSource, In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import {
  BackgroundJob,
  EmailMessage,
  Notification,
  Registration,
  Report,
  User,
} from '../src/database/entities/index.js';
import { deadlineStage, NotificationsService } from '../src/notifications/notifications.service.js';
import { addUser, PASSWORD, seedWorld, startApi, type TestApi, workflow } from './harness.js';

/** A real SMTP server in this process: every message it receives, with its envelope and decoded subject. */
interface Received {
  to: string[];
  subject: string;
  raw: string;
}
const inbox: Received[] = [];
/** Addresses the server refuses once (a mailbox briefly unavailable), to prove failed sends are retried. */
const refuseOnce = new Set<string>();
let smtp: SMTPServer;
let api: TestApi;
let world: Awaited<ReturnType<typeof seedWorld>>;
const others: INestApplication[] = [];
const clerks: User[] = [];

/** Decodes an RFC 2047 subject (nodemailer writes Vietnamese as =?UTF-8?Q?…?= or =?UTF-8?B?…?=). */
function decodeSubject(raw: string): string {
  const line = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return line.replace(/\r\n[ \t]/g, ' ').replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

/** The text body of a single-part message, decoded from quoted-printable or base64 (nodemailer picks either). */
function decodeBody(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const enc = /^Content-Transfer-Encoding: (.*)$/im.exec(head)?.[1]?.trim().toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (enc === 'quoted-printable')
    return Buffer.from(
      body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  return body;
}

/** Another api replica on the same database, with its own "today". */
async function replica(today: string) {
  const app = await createApp({ ...api.config, today }, { logger: false });
  await app.listen(0, '127.0.0.1');
  others.push(app);
  const login = await request(app.getHttpServer())
    .post('/api/auth/login')
    .send({ username: 'tn.admin', password: PASSWORD });
  return () =>
    request(app.getHttpServer()).post('/api/notifications/run').set('Authorization', `Bearer ${login.body.token}`);
}

const emailsTo = (u: User) => inbox.filter((m) => m.to.includes(`${u.username}@example.vn`));

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onRcptTo(address, _session, callback) {
      if (!refuseOnce.delete(address.address)) return callback();
      const e = new Error('Mailbox busy, try later') as Error & { responseCode: number };
      e.responseCode = 450;
      callback(e);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: decodeSubject(raw), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  // 25/08/2024: the interim review's nomination deadline (31/08) is 6 days away.
  api = await startApi({ today: '2024-08-25', smtpUrl: `smtp://127.0.0.1:${port}`, notifyIntervalSeconds: 0 });
  world = await seedWorld(api.ds);
  clerks.push(await api.ds.getRepository(User).findOneByOrFail({ username: 'tn.clerk' }));
  for (const [i, unit] of [
    [1, world.tn.districts[1]!],
    [2, world.tn.districts[2]!],
    [3, world.tn.districts[3]!],
    [4, world.tn.enterprise],
  ] as const)
    clerks.push(await addUser(api.ds, `tn.clerk${i}`, 'unit-clerk', 'thu-nghiem', unit.id));
  for (const c of clerks)
    expect(
      (await (await api.as(c.username)).put('/api/notifications/preferences', { email: `${c.username}@example.vn` }))
        .status,
    ).toBe(200);
  // District 1 (tn.clerk) has sent its nomination; the others have not.
  const flow = workflow(api);
  const n = await flow.draft({ nomineeUnitId: world.tn.districts[0]!.id });
  await flow.attachDossier(n.id, 'collective');
  expect((await flow.act(n.id, 'submit', 'tn.clerk')).status).toBe(200);
});

afterAll(async () => {
  for (const a of others) await a.close();
  await api?.close();
  await new Promise<void>((resolve) => smtp?.close(resolve));
});

describe('deadline reminders', () => {
  it('sends exactly one message per unit that has not submitted, none to the unit that has, even from two replicas run twice', async () => {
    const run = await replica('2024-08-25');
    const admin = await api.as('tn.admin');
    const results = await Promise.all([
      admin.post('/api/notifications/run'),
      run(),
      admin.post('/api/notifications/run'),
      run(),
    ]);
    for (const r of results) expect(r.status).toBe(200);
    const reminders = await api.ds
      .getRepository(Notification)
      .findBy({ kind: 'deadline-7', provinceSlug: 'thu-nghiem' });
    expect(reminders.map((r) => r.userId).sort()).toEqual(
      clerks
        .slice(1)
        .map((c) => c.id)
        .sort(),
    );
    expect(emailsTo(clerks[0]!)).toHaveLength(0);
    for (const c of clerks.slice(1)) {
      const mine = emailsTo(c);
      expect(mine).toHaveLength(1);
      expect(mine[0]!.subject).toContain('31/08/2024');
    }
    expect(inbox).toHaveLength(4);
    const log = await api.ds.getRepository(EmailMessage).find();
    expect(log).toHaveLength(4);
    expect(log.every((m) => m.status === 'sent' && m.toAddress.endsWith('@example.vn'))).toBe(true);
    // The other province's clerk hears of its own deadline in the centre (no email address given).
    expect(
      await api.ds.getRepository(Notification).countBy({ kind: 'deadline-7', provinceSlug: 'thu-nghiem-hai' }),
    ).toBe(1);
  });

  it('reminds units registered for the year that have not reported, and not those that have', async () => {
    const [r1, r2, r3] = [1, 2, 3].map((i) => world.tn.districts[i]!);
    await api.ds.getRepository(Registration).save(
      [r1, r2, r3].map((u) => ({
        provinceSlug: 'thu-nghiem',
        unitId: u!.id,
        year: 2024,
        registeredOn: '2024-02-01',
        note: null,
      })),
    );
    await api.ds.getRepository(Report).save({
      provinceSlug: 'thu-nghiem',
      unitId: r1!.id,
      year: 2024,
      dueOn: '2024-12-20',
      submittedOn: '2024-12-10',
      summary: 'Đã báo cáo',
    });
    const before = inbox.length;
    const december = await replica('2024-12-15');
    expect((await december()).status).toBe(200);
    expect((await december()).status).toBe(200);
    const reports = await api.ds
      .getRepository(Notification)
      .findBy({ kind: 'deadline-7', eventKey: 'deadline-7|report|thu-nghiem|2024-12-20' });
    expect(reports.map((r) => r.userId).sort()).toEqual([clerks[2]!.id, clerks[3]!.id].sort());
    expect(
      inbox
        .slice(before)
        .map((m) => m.to[0])
        .sort(),
    ).toEqual(['tn.clerk2@example.vn', 'tn.clerk3@example.vn']);
  });

  it('has one stage per deadline: 7 days, 1 day, passed (for a week)', () => {
    expect(deadlineStage('2024-08-31', '2024-08-20')).toBeNull();
    expect(deadlineStage('2024-08-31', '2024-08-24')).toBe('deadline-7');
    expect(deadlineStage('2024-08-31', '2024-08-30')).toBe('deadline-1');
    expect(deadlineStage('2024-08-31', '2024-08-31')).toBe('deadline-1');
    expect(deadlineStage('2024-08-31', '2024-09-01')).toBe('deadline-passed');
    expect(deadlineStage('2024-08-31', '2024-09-07')).toBe('deadline-passed');
    expect(deadlineStage('2024-08-31', '2024-09-08')).toBeNull();
  });
});

describe('workflow events', () => {
  it('tells the clerk of a returned nomination, with the reason, in the centre and by email', async () => {
    const flow = workflow(api);
    const n = await flow.draft(
      { nomineeUnitId: world.tn.districts[1]!.id, nominatingUnitId: world.tn.districts[1]!.id },
      'tn.clerk1',
    );
    await flow.attachDossier(n.id, 'collective', 'tn.clerk1');
    expect((await flow.act(n.id, 'submit', 'tn.clerk1')).status).toBe(200);
    expect((await flow.act(n.id, 'return', 'tn.info', 'Thiếu biên bản họp Hội đồng cơ sở')).status).toBe(200);
    expect((await (await api.as('tn.admin')).post('/api/notifications/run')).status).toBe(200);
    const c = await api.as('tn.clerk1');
    const centre = (await c.get('/api/notifications?unread=true')).body as { unread: number; items: Notification[] };
    const returned = centre.items.find((x) => x.kind === 'returned')!;
    expect(returned.body).toContain('Thiếu biên bản họp Hội đồng cơ sở');
    expect(returned.link).toBe(`/nominations/${n.id}/show`);
    // Sent by the event's own job, which may still be sending when the run above returns.
    await expect
      .poll(() => emailsTo(clerks[1]!).some((m) => m.subject.startsWith('Đề nghị khen thưởng bị trả lại')))
      .toBe(true);
    // Mark read: the count drops; another user's notification is not found.
    const after = await c.post(`/api/notifications/${returned.id}/read`);
    expect(after.body.unread).toBe(centre.unread - 1);
    expect((await (await api.as('tn.clerk2')).post(`/api/notifications/${returned.id}/read`)).status).toBe(404);
    expect((await c.post('/api/notifications/read-all')).body.unread).toBe(0);
  });

  it('tells the nominating units when a decision is issued', async () => {
    const flow = workflow(api);
    const n = await flow.draft(
      { nomineeUnitId: world.tn.districts[2]!.id, nominatingUnitId: world.tn.districts[2]!.id },
      'tn.clerk2',
    );
    await flow.toAppraised(n.id, 'collective', 'tn.clerk2');
    expect((await flow.act(n.id, 'approve', 'tn.home')).status).toBe(200);
    const home = await api.as('tn.home');
    const d = await home.post('/api/decisions', {
      phaseId: 'so-ket-2024',
      awardFormId: 'bang-khen-ubnd-tinh',
      number: '125/QĐ-UBND',
      signedOn: '2024-08-25',
      signerName: 'Nguyễn Văn Ký',
      signerTitle: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH',
      nominationIds: [n.id],
    });
    expect(d.status).toBe(201);
    expect((await home.post(`/api/decisions/${d.body.id}/issue`)).status).toBe(200);
    await (await api.as('tn.admin')).post('/api/notifications/run');
    const issued = await api.ds.getRepository(Notification).findBy({ kind: 'decision-issued' });
    expect(issued.map((x) => x.userId)).toEqual([clerks[2]!.id]);
    expect(issued[0]!.title).toContain('125/QĐ-UBND');
    expect(issued[0]!.body).toContain('UBND huyện Số 03');
  });
});

describe('immediate email', () => {
  it('sends the return email right after the return commits, without the periodic run; still one per recipient', async () => {
    const flow = workflow(api);
    const n = await flow.draft(
      { nomineeUnitId: world.tn.districts[3]!.id, nominatingUnitId: world.tn.districts[3]!.id },
      'tn.clerk3',
    );
    await flow.attachDossier(n.id, 'collective', 'tn.clerk3');
    expect((await flow.act(n.id, 'submit', 'tn.clerk3')).status).toBe(200);
    const returnEmails = () =>
      emailsTo(clerks[3]!).filter((m) => m.subject.startsWith('Đề nghị khen thưởng bị trả lại'));
    expect(returnEmails()).toHaveLength(0);
    const t0 = Date.now();
    expect((await flow.act(n.id, 'return', 'tn.info', 'Thiếu báo cáo thành tích')).status).toBe(200);
    // The interval is off in this test (notifyIntervalSeconds: 0): only the job can have sent it.
    await expect.poll(() => returnEmails().length, { timeout: 5000, interval: 50 }).toBe(1);
    const ms = Date.now() - t0;
    expect(ms).toBeLessThan(5000);
    console.info(`return email received ${ms} ms after the return`);
    // The periodic run, twice and from another replica, finds the event already told: no second email.
    const run = await replica('2024-08-25');
    expect((await run()).status).toBe(200);
    expect((await (await api.as('tn.admin')).post('/api/notifications/run')).status).toBe(200);
    expect(returnEmails()).toHaveLength(1);
    expect(await api.ds.getRepository(Notification).countBy({ kind: 'returned', userId: clerks[3]!.id })).toBe(1);
  });

  it('a send that fails is retried by the periodic run, once it succeeds no more', async () => {
    const clerk = await addUser(api.ds, 'tn.clerk7', 'unit-clerk', 'thu-nghiem', world.tn.districts[7]!.id);
    const address = 'tn.clerk7@example.vn';
    await (await api.as('tn.clerk7')).put('/api/notifications/preferences', { email: address });
    refuseOnce.add(address);
    const flow = workflow(api);
    const n = await flow.draft(
      { nomineeUnitId: world.tn.districts[7]!.id, nominatingUnitId: world.tn.districts[7]!.id },
      'tn.clerk7',
    );
    await flow.attachDossier(n.id, 'collective', 'tn.clerk7');
    expect((await flow.act(n.id, 'submit', 'tn.clerk7')).status).toBe(200);
    expect((await flow.act(n.id, 'return', 'tn.info', 'Sai mẫu tờ trình')).status).toBe(200);
    const returned = () => api.ds.getRepository(Notification).findOneByOrFail({ kind: 'returned', userId: clerk.id });
    await expect.poll(async () => (await returned()).emailStatus, { timeout: 5000, interval: 50 }).toBe('failed');
    expect(emailsTo(clerk)).toHaveLength(0);
    expect((await (await api.as('tn.admin')).post('/api/notifications/run')).status).toBe(200);
    expect(emailsTo(clerk)).toHaveLength(1);
    expect(await returned()).toMatchObject({ emailStatus: 'sent', emailAttempts: 2 });
    expect((await (await api.as('tn.admin')).post('/api/notifications/run')).status).toBe(200);
    expect(emailsTo(clerk)).toHaveLength(1);
    const log = await api.ds.getRepository(EmailMessage).findBy({ userId: clerk.id });
    expect(log.map((m) => m.status)).toEqual(['failed', 'sent']);
  });
});

describe('storing events', () => {
  it('a replica telling an event another replica already stored adds nothing and does not fail', async () => {
    const other = await createApp({ ...api.config, today: '2024-08-25' }, { logger: false });
    others.push(other);
    const event = {
      kind: 'returned',
      eventKey: 'test|again',
      provinceSlug: 'thu-nghiem',
      title: 'Thử',
      body: '',
      link: '/',
    };
    const ids = clerks.map((c) => c.id);
    const tell = (app: INestApplication, users: number[]) =>
      app.get(DataSource).transaction(async (em) => {
        // SQLite: TypeORM derives inserted ids from the connection's last rowid; a low one (here 1, as after the
        // first row of any table) made it throw on rows the insert ignored.
        if (!api.config.databaseUrl) {
          await em.query('CREATE TEMP TABLE IF NOT EXISTS low_rowid (x INTEGER)');
          await em.query('DELETE FROM low_rowid');
          await em.query('INSERT INTO low_rowid (rowid, x) VALUES (1, 1)');
        }
        return app.get(NotificationsService).notify(em, event, users);
      });
    expect(await tell(other, ids.slice(0, 4))).toBe(4);
    // All already stored (by the other replica's connection), then some.
    expect(await tell(api.app, ids.slice(0, 4))).toBe(0);
    expect(await tell(api.app, ids)).toBe(ids.length - 4);
    expect(await api.ds.getRepository(Notification).countBy({ eventKey: 'test|again' })).toBe(ids.length);
  });
});

describe('meeting call', () => {
  it('emails each council member with an account and an email once, with the agenda, right after the call; no one else', async () => {
    const flow = workflow(api);
    const admin = await api.as('tn.admin');
    const chair = await addUser(api.ds, 'tn.council-chair', 'viewer', 'thu-nghiem');
    const secretary = await addUser(api.ds, 'tn.council-secretary', 'viewer', 'thu-nghiem');
    // A member with an account but no email address: told in the centre only.
    const silent = await addUser(api.ds, 'tn.council-silent', 'viewer', 'thu-nghiem');
    // Someone with an email who sits on no council: told nothing.
    const outsider = await addUser(api.ds, 'tn.council-outsider', 'viewer', 'thu-nghiem');
    for (const u of [chair, secretary, outsider])
      expect(
        (await (await api.as(u.username)).put('/api/notifications/preferences', { email: `${u.username}@example.vn` }))
          .status,
      ).toBe(200);
    for (const m of [
      { fullName: 'Nguyễn Văn Chủ', role: 'chairman', userId: chair.id },
      { fullName: 'Trần Thị Phó', role: 'vice-chairman', userId: silent.id },
      { fullName: 'Lê Văn Ủy', role: 'member' }, // no account
      { fullName: 'Hoàng Thị Thư', role: 'secretary', userId: secretary.id },
    ])
      expect((await admin.post('/api/council/members', m)).status).toBe(201);
    const names: string[] = [];
    for (const i of [10, 11]) {
      const unit = world.tn.districts[i]!.id;
      const n = await flow.draft(
        { nomineeUnitId: unit, nominatingUnitId: unit, awardFormId: 'co-thi-dua' },
        'tn.admin',
      );
      await flow.toAppraised(n.id, 'collective', 'tn.admin');
      names.push(world.tn.districts[i]!.name);
    }
    const home = await api.as('tn.home');
    const meeting = await home.post('/api/council/meetings', {
      phaseId: 'so-ket-2024',
      awardFormId: 'co-thi-dua',
      startsAt: '2024-08-28T08:00',
      place: 'Phòng họp số 3, UBND tỉnh',
    });
    expect(meeting.status).toBe(201);
    const before = inbox.length;
    const called = () => inbox.slice(before).filter((m) => m.subject.startsWith('Triệu tập họp Hội đồng'));
    const t0 = Date.now();
    expect((await home.post(`/api/council/meetings/${meeting.body.id}/call`)).status).toBe(200);
    // The interval is off (notifyIntervalSeconds: 0): only the call's own job can send.
    await expect.poll(() => called().length, { timeout: 5000, interval: 50 }).toBe(2);
    console.info(`meeting-call emails received ${Date.now() - t0} ms after the call`);
    // The periodic run, here and from another replica, finds them sent: no second email.
    expect((await (await replica('2024-08-25'))()).status).toBe(200);
    const second = await admin.post('/api/notifications/run');
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    const mails = called();
    expect(mails.flatMap((m) => m.to).sort()).toEqual([
      'tn.council-chair@example.vn',
      'tn.council-secretary@example.vn',
    ]);
    for (const m of mails) {
      const text = decodeBody(m.raw);
      expect(m.subject).toBe('Triệu tập họp Hội đồng Thi đua – Khen thưởng: Cờ thi đua của UBND tỉnh');
      expect(text).toContain('Thời gian: 28/08/2024 08:00. Địa điểm: Phòng họp số 3, UBND tỉnh.');
      expect(text).toContain('Chương trình (2 đề nghị):');
      for (const name of names) expect(text).toMatch(new RegExp(`^\\d\\. ${name}$`, 'm'));
    }
    // The member without an email has it in the centre; no one off the council has it at all.
    const stored = await api.ds.getRepository(Notification).findBy({ kind: 'meeting-called' });
    expect(stored.map((x) => x.userId).sort((a, b) => a - b)).toEqual(
      [chair.id, silent.id, secretary.id].sort((a, b) => a - b),
    );
    expect(stored.find((x) => x.userId === silent.id)!.emailStatus).toBe('off');
    expect(emailsTo(outsider)).toHaveLength(0);
  });
});

describe('housekeeping', () => {
  it('the periodic run deletes finished notify jobs older than 7 days, and only those', async () => {
    const repo = api.ds.getRepository(BackgroundJob);
    const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const job = (kind: string, status: BackgroundJob['status'], days: number) =>
      repo.save({
        provinceSlug: 'thu-nghiem',
        kind,
        entityId: `housekeeping-${kind}-${status}-${days}`,
        format: kind === 'notify' ? '' : 'pdf',
        status,
        progress: 0,
        total: 0,
        documentId: null,
        error: status === 'failed' ? 'SMTP down' : null,
        createdBy: clerks[0]!.id,
        createdAt: ago(days),
        updatedAt: ago(days),
      });
    const gone = [await job('notify', 'done', 8), await job('notify', 'failed', 30)];
    const kept = [
      await job('notify', 'done', 6), // within the week
      await job('notify', 'running', 8), // not finished
      await job('certificates', 'done', 30), // another kind: its archive is still downloaded through it
    ];
    const res = await (await api.as('tn.admin')).post('/api/notifications/run');
    expect(res.status).toBe(200);
    expect(res.body.prunedJobs).toBeGreaterThanOrEqual(gone.length);
    const left = await repo.findBy({ id: In([...gone, ...kept].map((j) => j.id)) });
    expect(left.map((j) => j.id).sort((a, b) => a - b)).toEqual(kept.map((j) => j.id).sort((a, b) => a - b));
    // The jobs this file's events queued today are kept; the running row is removed so nothing waits on it.
    expect(await repo.countBy({ kind: 'notify', status: 'done' })).toBeGreaterThan(1);
    await repo.delete({ id: kept[1]!.id });
  });
});

describe('preferences', () => {
  it('email off keeps the centre only; a daily digest sends one email a day with what waited', async () => {
    const off = await addUser(api.ds, 'tn.clerk5', 'unit-clerk', 'thu-nghiem', world.tn.districts[5]!.id);
    const digest = await addUser(api.ds, 'tn.clerk6', 'unit-clerk', 'thu-nghiem', world.tn.districts[6]!.id);
    const a = await api.as('tn.clerk5');
    expect((await a.put('/api/notifications/preferences', { email: 'khong-hop-le' })).status).toBe(400);
    await a.put('/api/notifications/preferences', { email: 'tn.clerk5@example.vn', emailEnabled: false });
    await (
      await api.as('tn.clerk6')
    ).put('/api/notifications/preferences', { email: 'tn.clerk6@example.vn', dailyDigest: true });
    const run = await replica('2024-08-25');
    expect((await run()).status).toBe(200);
    expect((await run()).status).toBe(200);
    // Both have the deadline reminder in the centre (phase-open is long past: none).
    for (const u of [off, digest])
      expect(await api.ds.getRepository(Notification).countBy({ userId: u.id, kind: 'deadline-7' })).toBe(1);
    expect(emailsTo(off)).toHaveLength(0);
    const digests = emailsTo(digest);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toContain('25/08/2024');
  });
});
