#!/usr/bin/env node
// Builds the national-scale dataset, deterministically: the same size gives the same rows on every machine and
// on both databases. Units come from here (names need the domain's Vietnamese sort key); everything large is
// made inside the database by INSERT … SELECT over the units with an integer hash instead of random(), the same
// SQL text on PostgreSQL and SQLite.
//   node bench/national/generate.mjs --size full              # PostgreSQL, database thidua_bench
//   node bench/national/generate.mjs --size small --sqlite    # the embedded SQLite file under .data/
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { API, args, connect, domain, ensurePgDatabase, PASSWORD, requireApi, SIZES, sqliteDir, YEARS } from './lib.mjs';
import { writeProvinces } from './manifests.mjs';

const P = 2147483647;
/** A deterministic hash of integer expressions into [0, 2^31): same arithmetic on both databases (64-bit ints). */
const H = (...xs) =>
  `((CAST(${xs[0]} AS BIGINT) * 1000003 + ${
    xs
      .slice(1)
      .map((x, i) => `(${x}) * ${[7919, 104729, 1299709][i]}`)
      .join(' + ') || '0'
  } + 12345) % ${P} * 48271 % ${P} * 48271 % ${P})`;
const pick = (i, k, n) => ((i + 1) * 7919 + k * 104729) % n;
const log = (...m) => console.log(`[${new Date().toISOString().slice(11, 19)}]`, ...m);

const AGENCIES = [
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Tư pháp',
  'Sở Xây dựng',
  'Sở Công Thương',
  'Sở Nông nghiệp và Môi trường',
  'Sở Khoa học và Công nghệ',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Văn phòng UBND tỉnh',
  'Thanh tra tỉnh',
  'Ban Dân tộc',
  'Đài Phát thanh và Truyền hình',
  'Trường Cao đẳng Kỹ thuật',
  'Bệnh viện Đa khoa tỉnh',
  'Ban Quản lý các khu công nghiệp',
  'Công an tỉnh',
  'Bộ Chỉ huy Quân sự tỉnh',
  'Liên đoàn Lao động tỉnh',
];
const SYLLABLES = [
  'An',
  'Bình',
  'Phú',
  'Tân',
  'Hòa',
  'Thạnh',
  'Lộc',
  'Phước',
  'Long',
  'Hưng',
  'Mỹ',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Thuận',
  'Quang',
  'Đức',
  'Yên',
  'Sơn',
  'Thủy',
  'Hải',
  'Minh',
  'Trung',
  'Kim',
  'Ea',
  'Nà',
  'Mường',
  'Cát',
  'Vĩnh',
];
const COMPANY = ['Công ty TNHH', 'Công ty Cổ phần', 'Hợp tác xã', 'Doanh nghiệp tư nhân'];
const place = (n) =>
  `${SYLLABLES[n % SYLLABLES.length]} ${SYLLABLES[Math.floor(n / SYLLABLES.length) % SYLLABLES.length]}`;

/** Units of one province in id order: agencies, each district followed by its communes, then enterprises. */
function provinceUnits(p, i, size, firstId) {
  const n = size.unitsMin + pick(i, 1, size.unitsMax - size.unitsMin + 1);
  const agencies = 5 + Math.round(n * 0.008);
  const districts = Math.max(2, Math.round(n * 0.0035));
  const communes = Math.max(districts * 3, Math.round(n * 0.05));
  const units = [];
  let id = firstId;
  const add = (name, tier, staff, extra = {}) =>
    units.push({
      id: id++,
      provinceSlug: p.slug,
      name,
      tier,
      staffCount: staff,
      parentId: null,
      validTo: null,
      successorId: null,
      code: `${i}-${units.length}`,
      ...extra,
    });
  for (let k = 0; k < agencies; k++)
    add(
      `${AGENCIES[k % AGENCIES.length]}${k >= AGENCIES.length ? ` ${Math.floor(k / AGENCIES.length) + 1}` : ''}`,
      'provincial-agency',
      50 + pick(i, k, 250),
    );
  let made = 0;
  for (let d = 0; d < districts; d++) {
    const districtId = id;
    const own = Math.floor(communes / districts) + (d < communes % districts ? 1 : 0);
    // 2025: the district level ends; its figures go to its first commune. Communes merge in threes into the first.
    add(`UBND huyện ${place(i * 31 + d)}`, 'district', 80 + pick(i, d, 200), {
      validTo: '2025-07-01',
      successorId: districtId + 1,
    });
    for (let c = 0; c < own; c++, made++) {
      const head = districtId + 1 + c - (c % 3);
      add(`UBND xã ${place(i * 977 + made)} ${made + 1}`, 'commune', 15 + pick(i, made, 30), {
        parentId: districtId,
        ...(c % 3 ? { validTo: '2025-07-01', successorId: head } : {}),
      });
    }
  }
  for (let e = 0; units.length < n; e++)
    add(`${COMPANY[e % COMPANY.length]} ${place(i * 7 + e)} ${e + 1}`, 'enterprise', 3 + pick(i, e, 150));
  return units;
}

async function resetSchema(opts) {
  const { openDatabase } = await import(pathToFileURL(join(API, 'dist/database/data-source.js')).href);
  if (opts.db === 'postgres') {
    await ensurePgDatabase(opts.url);
    const db = await connect(opts);
    await db.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    await db.close();
    await (await openDatabase({ databaseUrl: opts.url, dataDir: sqliteDir(opts.size) })).destroy();
  } else {
    rmSync(join(sqliteDir(opts.size), 'thidua.sqlite'), { force: true });
    await (await openDatabase({ databaseUrl: undefined, dataDir: sqliteDir(opts.size) })).destroy();
  }
}

export async function generate(opts) {
  const size = SIZES[opts.size];
  const t0 = Date.now();
  log(`size ${opts.size} on ${opts.db === 'postgres' ? opts.url : 'SQLite'}: resetting schema (migrations)`);
  await resetSchema(opts);
  const manifests = await writeProvinces();
  const db = await connect(opts);
  if (db.dialect === 'postgres')
    await db.exec("SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB';");

  const units = [];
  const provinces = [];
  const people = size.people;
  for (const [i, m] of manifests.entries()) {
    const own = provinceUnits(m, i, size, units.length + 1);
    const slots = m.phases.flatMap((ph) =>
      ph.awardFormIds.flatMap((f) => m.awardForms.find((x) => x.id === f).recipients.map((r) => [ph.id, f, r])),
    );
    const due = m.workflow.reportDeadlines.find((d) => d.everyYear)?.everyYear ?? '12-15';
    provinces.push({
      idx: i,
      slug: m.slug,
      first_unit: own[0].id,
      unit_count: own.length,
      first_person: (own[0].id - 1) * people + 1,
      person_count: own.length * people,
      slots,
      due,
      base: 35 + ((i * 37) % 30),
      nominations: 0,
    });
    units.push(...own);
  }
  for (const p of provinces) p.nominations = Math.round((size.nominations * p.unit_count) / units.length);
  log(`${units.length} units in ${provinces.length} provinces`);
  await db.insertMany(
    'unit',
    [
      'id',
      'provinceSlug',
      'parentId',
      'name',
      'sortKey',
      'searchText',
      'tier',
      'code',
      'staffCount',
      'validTo',
      'successorId',
    ],
    units.map((u) => [
      u.id,
      u.provinceSlug,
      u.parentId,
      u.name,
      domain.vietnameseSortKey(u.name),
      domain.searchText(u.name),
      u.tier,
      u.code,
      u.staffCount,
      u.validTo,
      u.successorId,
    ]),
  );

  // Small helper tables for the set-based inserts; dropped at the end.
  await db.exec(
    'CREATE TABLE bench_province (idx INTEGER, slug VARCHAR(40), first_unit INTEGER, unit_count INTEGER, first_person INTEGER, person_count INTEGER, nominations INTEGER, slots INTEGER, due VARCHAR(5), base INTEGER)',
  );
  await db.insertMany(
    'bench_province',
    ['idx', 'slug', 'first_unit', 'unit_count', 'first_person', 'person_count', 'nominations', 'slots', 'due', 'base'],
    provinces.map((p) => [
      p.idx,
      p.slug,
      p.first_unit,
      p.unit_count,
      p.first_person,
      p.person_count,
      p.nominations,
      p.slots.length,
      p.due,
      p.base,
    ]),
  );
  await db.exec(
    'CREATE TABLE bench_slot (pidx INTEGER, k INTEGER, phase VARCHAR(80), form VARCHAR(80), recipient VARCHAR(12))',
  );
  await db.insertMany(
    'bench_slot',
    ['pidx', 'k', 'phase', 'form', 'recipient'],
    provinces.flatMap((p) => p.slots.map((s, k) => [p.idx, k, ...s])),
  );
  await db.exec('CREATE TABLE bench_indicator (n INTEGER, id VARCHAR(80))');
  const indicators = domain.INDICATORS.filter((x) => x.unit === 'percent').slice(0, 30);
  await db.insertMany(
    'bench_indicator',
    ['n', 'id'],
    indicators.map((x, n) => [n, x.id]),
  );
  await db.exec('CREATE TABLE bench_num (n INTEGER)');
  await db.insertMany(
    'bench_num',
    ['n'],
    Array.from({ length: Math.max(...provinces.map((p) => p.nominations), people) + 1 }, (_, n) => [n]),
  );

  const step = async (label, sql) => {
    const t = Date.now();
    await db.exec(sql);
    log(`${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await step(
    'people',
    `INSERT INTO person (id, "provinceSlug", "unitId", "fullName", "sortKey", "searchText", position, "isLeader")
    SELECT (u.id - 1) * ${people} + k.n + 1, u."provinceSlug", u.id, 'Cán bộ ' || CAST(u.id AS TEXT) || '.' || CAST(k.n AS TEXT), 'can bo ' || CAST(u.id AS TEXT), 'can bo', CASE WHEN k.n = 0 THEN 'Thủ trưởng' ELSE 'Chuyên viên' END,
      (k.n = 0 OR ${H('u.id', 'k.n', 11)} % 10 = 0)
    FROM unit u JOIN bench_num k ON k.n < ${people}`,
  );
  await step(
    'registrations',
    `INSERT INTO registration ("provinceSlug", "unitId", year, "registeredOn", note)
    SELECT u."provinceSlug", u.id, y.n, CAST(y.n AS TEXT) || '-02-15', NULL FROM unit u CROSS JOIN (${YEARS.map((y) => `SELECT ${y} AS n`).join(' UNION ALL ')}) y
    WHERE (u."validTo" IS NULL OR u."validTo" >= CAST(y.n AS TEXT) || '-01-01') AND ${H('u.id', 'y.n', 1)} % 100 < 70`,
  );
  await step(
    'reports',
    `INSERT INTO movement_report ("provinceSlug", "unitId", year, "dueOn", "submittedOn", summary)
    SELECT r."provinceSlug", r."unitId", r.year, CAST(r.year AS TEXT) || '-' || bp.due,
      CASE WHEN ${H('r."unitId"', 'r.year', 2)} % 100 < 75 THEN CAST(r.year AS TEXT) || '-' || substr(bp.due, 1, 2) || '-01' ELSE CAST(r.year + 1 AS TEXT) || '-01-15' END, 'Báo cáo kết quả phong trào'
    FROM registration r JOIN bench_province bp ON bp.slug = r."provinceSlug" WHERE ${H('r."unitId"', 'r.year', 3)} % 100 < 85`,
  );
  for (const y of YEARS) {
    const v = `(bp.base + ${(y - YEARS[0]) * 3} + ${H('u.id', y, 'i.n + 100')} % 400 / 10.0)`;
    await step(
      `readings ${y}`,
      `INSERT INTO indicator_reading ("provinceSlug", "unitId", "indicatorId", year, value, source)
      SELECT u."provinceSlug", u.id, i.id, ${y}, CASE WHEN ${v} > 100 THEN 100 ELSE ${v} END, NULL
      FROM unit u JOIN bench_province bp ON bp.slug = u."provinceSlug" CROSS JOIN bench_indicator i
      WHERE (u."validTo" IS NULL OR u."validTo" >= '${y}-01-01') AND ${H('u.id', y, 'i.n')} % 1000 < ${size.readingPerMille}`,
    );
  }
  const status = (h) =>
    `CASE WHEN ${h} < 8 THEN 'draft' WHEN ${h} < 16 THEN 'submitted' WHEN ${h} < 20 THEN 'returned' WHEN ${h} < 26 THEN 'aggregated' WHEN ${h} < 32 THEN 'appraised' WHEN ${h} < 40 THEN 'approved' WHEN ${h} < 50 THEN 'rejected' ELSE 'decided' END`;
  await step(
    'nominations',
    `INSERT INTO nomination ("provinceSlug", "phaseId", "awardFormId", "nominatingUnitId", recipient, "nomineeUnitId", "nomineePersonId", "nomineeName", "nomineeSortKey", "nomineeSearchText", tier, status, achievements,
      "criteriaVersion", "criteriaStatus", "returnReason", "awardKey", "decisionId", "createdBy", "createdAt", "updatedAt", "submittedAt")
    SELECT bp.slug, s.phase, s.form, COALESCE(pe."unitId", nu.id), s.recipient, nu.id, pe.id, 'Đề cử', 'de cu', 'de cu', COALESCE(nu.tier, 'official'), ${status(`${H('bp.idx', 'k.n', 7)} % 100`)}, '',
      NULL, NULL, NULL, NULL, NULL, 1, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'
    FROM bench_province bp JOIN bench_num k ON k.n < bp.nominations
    JOIN bench_slot s ON s.pidx = bp.idx AND s.k = ${H('bp.idx', 'k.n', 5)} % bp.slots
    LEFT JOIN unit nu ON s.recipient = 'collective' AND nu.id = bp.first_unit + ${H('bp.idx', 'k.n', 6)} % bp.unit_count
    LEFT JOIN person pe ON s.recipient = 'individual' AND pe.id = bp.first_person + ${H('bp.idx', 'k.n', 6)} % bp.person_count`,
  );

  const argon2 = requireApi('argon2');
  const hash = await argon2.hash(PASSWORD);
  const first = manifests.find((m) => m.real) ?? manifests[0];
  await db.insertMany(
    'app_user',
    ['username', 'passwordHash', 'fullName', 'role', 'provinceSlug', 'unitId', 'active'],
    [
      ['bench.quocgia', hash, 'Quản trị quốc gia', 'national-admin', null, null, true],
      ['bench.tinh', hash, `Quản trị tỉnh ${first.name}`, 'province-admin', first.slug, null, true],
    ],
  );
  for (const t of ['bench_province', 'bench_slot', 'bench_indicator', 'bench_num']) await db.exec(`DROP TABLE ${t}`);
  if (db.dialect === 'postgres') {
    for (const t of ['unit', 'person'])
      await db.exec(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT MAX(id) FROM ${t}))`);
    await step('vacuum analyze', 'VACUUM ANALYZE');
  } else await step('analyze', 'ANALYZE');
  await db.exec('CREATE TABLE bench_meta (k VARCHAR(40) PRIMARY KEY, v VARCHAR(400))');
  const counts = {};
  for (const t of ['unit', 'person', 'registration', 'movement_report', 'indicator_reading', 'nomination'])
    counts[t] = Number((await db.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n);
  await db.insertMany(
    'bench_meta',
    ['k', 'v'],
    [
      ['size', opts.size],
      ['counts', JSON.stringify(counts)],
      ['seconds', String(Math.round((Date.now() - t0) / 1000))],
      ['province-user', first.slug],
    ],
  );
  await db.close();
  log(`done in ${Math.round((Date.now() - t0) / 1000)} s`, counts);
  return counts;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await generate(args());
