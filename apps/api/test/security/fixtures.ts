import type { INestApplication } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import request from 'supertest';
import { AuditEvent, IndicatorReading, User } from '../../src/database/entities/index.js';
import { addUnit, PASSWORD, PDF, seedWorld, type TestApi, workflow } from '../harness.js';
import type { Hints } from './routes.js';

/**
 * The security suites send thousands of requests from one client on purpose; throttling has its own tests, so the
 * counters are emptied between batches (a no-op if the storage is not the in-memory one).
 */
export function resetThrottle(app: INestApplication): void {
  const storage = app.get(ThrottlerStorage, { strict: false }) as { evictIdleRecords?: (now: number) => void };
  storage.evictIdleRecords?.(Number.POSITIVE_INFINITY);
}

export const ROLE_USERS = {
  'national-admin': 'national',
  'province-admin': 'admin',
  'information-department': 'info',
  'home-affairs': 'home',
  'unit-clerk': 'clerk',
  viewer: 'viewer',
} as const;

/** Logs a user in through the real route; the token. */
export async function tokenOf(app: INestApplication, username: string): Promise<string> {
  resetThrottle(app);
  const res = await request(app.getHttpServer()).post('/api/auth/login').send({ username, password: PASSWORD });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

/**
 * The two fixture provinces with one row of every resource in the first ("thu-nghiem"), owned by the clerk's
 * unit where a resource has a unit; the hints name them for path parameters and request bodies.
 */
export async function securityWorld(api: TestApi): Promise<Hints> {
  const world = await seedWorld(api.ds);
  const unit = world.tn.districts[0]!;
  const spare = await addUnit(api.ds, 'thu-nghiem', 'UBND huyện Dự Phòng');
  const flow = workflow(api);
  const nomination = await flow.draft({ nomineeUnitId: unit.id });
  const admin = await api.as('tn.admin');
  const home = await api.as('tn.home');
  const clerk = await api.as('tn.clerk');
  const created = async (what: string, res: request.Response) => {
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as number;
  };
  const document = await created(
    'document',
    await clerk.upload(`/api/nominations/${nomination.id}/documents`, { type: 'achievement-report' }, PDF, 'a.pdf'),
  );
  const registration = await created(
    'registration',
    await admin.post('/api/registrations', { unitId: unit.id, year: 2024, registeredOn: '2024-02-01' }),
  );
  const report = await created(
    'report',
    await clerk.post('/api/reports', { unitId: unit.id, year: 2024, submittedOn: '2024-07-01', summary: 'Báo cáo' }),
  );
  const decision = await created(
    'decision',
    await home.post('/api/decisions', {
      phaseId: 'so-ket-2024',
      awardFormId: 'bang-khen-ubnd-tinh',
      number: '01/QĐ-UBND',
      signedOn: '2024-08-01',
      signerName: 'Nguyễn Văn Ký',
      signerTitle: 'Chủ tịch',
    }),
  );
  const reading = await api.ds.getRepository(IndicatorReading).findOneByOrFail({ unitId: unit.id });
  const audit = await api.ds.getRepository(AuditEvent).findOneOrFail({
    where: { provinceSlug: 'thu-nghiem' },
    order: { id: 'DESC' },
  });
  const viewer = await api.ds.getRepository(User).findOneByOrFail({ username: 'tn.viewer' });
  const manifest = (await api.anon.get('/api/provinces/thu-nghiem')).body as { criteria: { id: string }[] };
  const criterion = manifest.criteria[0]!;
  return {
    // path parameters: "<resource>.<name>" first, then by name
    'units.id': spare.id,
    'people.id': world.tn.people[0]!.id,
    'users.id': viewer.id,
    'readings.id': reading.id,
    'registrations.id': registration,
    'reports.id': report,
    'nominations.id': nomination.id,
    'decisions.id': decision,
    'audit.id': audit.id,
    documentId: document,
    slug: 'thu-nghiem',
    phaseId: 'so-ket-2024',
    criterionId: criterion.id,
    // body and query fields
    provinceSlug: 'thu-nghiem',
    unitId: unit.id,
    nomineeUnitId: unit.id,
    nominatingUnitId: unit.id,
    indicatorId: 'dti-score',
    year: 2024,
    value: 50,
    awardFormId: 'bang-khen-ubnd-tinh',
    recipient: 'collective',
    type: 'achievement-report',
    role: 'viewer',
    username: 'ma-tran-thu',
    password: 'một câu mật khẩu dài cho ma trận 2024',
    reason: 'Thử nghiệm an ninh',
    criterion,
    number: '02/QĐ-UBND',
    commit: '0',
    at: '2024-08-01',
  };
}
