import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../src/imports/sheet-import.js';
import { readZip } from '../../src/common/zip-guard.js';
import { seedWorld, startApi, type TestApi } from '../harness.js';

let api: TestApi;
let template: { name: string; data: Buffer }[];

beforeAll(async () => {
  api = await startApi();
  await seedWorld(api.ds);
  // A real workbook as Excel would send it, whose parts the bombs below reuse around their own sheet.
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Đơn vị').addRows([
    ['Tên đơn vị', 'Đối tượng'],
    ['UBND huyện Mới', 'district'],
  ]);
  template = readZip(Buffer.from(await wb.xlsx.writeBuffer()), { entries: 100, uncompressed: 10_000_000 });
});
afterAll(() => api?.close());

interface Part {
  name: string;
  packed: Buffer;
  crc: number;
  size: number;
}

/** A ZIP of deflated parts; `declare` overrides the uncompressed size written in the headers (a lying archive). */
function zip(parts: Part[], declare?: (p: Part) => number): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const size = declare ? declare(p) : p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(p.crc, 16);
    dir.writeUInt32LE(p.packed.length, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, p.packed);
    central.push(dir, name);
    offset += 30 + name.length + p.packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
}

const part = (name: string, data: Buffer): Part => ({
  name,
  packed: deflateRawSync(data),
  crc: crc32(data),
  size: data.length,
});

/** A worksheet of `mb` megabytes of rows, deflated as it is produced (the test itself stays small). */
async function hugeSheet(mb: number): Promise<Part> {
  const row = Buffer.from('<row r="2"><c r="A2" t="inlineStr"><is><t>UBND huyện</t></is></c></row>'.repeat(10_000));
  const head = Buffer.from('<?xml version="1.0"?><worksheet><sheetData>');
  const tail = Buffer.from('</sheetData></worksheet>');
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = crc32(head);
  let size = head.length;
  deflate.write(head);
  while (size < mb * 1024 * 1024) {
    deflate.write(row);
    crc = crc32(row, crc);
    size += row.length;
  }
  deflate.end(tail);
  crc = crc32(tail, crc);
  size += tail.length;
  await done;
  return { name: 'xl/worksheets/sheet1.xml', packed: Buffer.concat(chunks), crc, size };
}

const withSheet = (sheet: Part, declare?: (p: Part) => number) =>
  zip(
    [...template.filter((e) => e.name !== sheet.name).map((e) => part(e.name, e.data)), sheet],
    declare && ((p) => (p.name === sheet.name ? declare(p) : p.size)),
  );

/** Posts a file to the units import and measures the answer and how much the api process grew meanwhile. */
async function post(file: Buffer, name: string) {
  const admin = await api.as('tn.admin');
  global.gc?.();
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const res = await admin.upload('/api/units/import', {}, file, name);
  return { res, ms: performance.now() - started, grewMb: (process.memoryUsage().rss - rss) / 1024 / 1024 };
}

async function stillServes() {
  const admin = await api.as('tn.admin');
  const ok = await admin.upload(
    '/api/units/import',
    {},
    Buffer.from('Tên đơn vị,Đối tượng\nUBND huyện Còn Sống,district\n'),
    'don-vi.csv',
  );
  expect(ok.status).toBe(200);
  expect(ok.body, JSON.stringify(ok.body)).toMatchObject({ valid: 1, invalid: 0 });
}

describe('imports are bounded', () => {
  it('a decompression bomb (a small .xlsx whose sheet inflates to 200 MB) is a 413 in under a second', async () => {
    const bomb = withSheet(await hugeSheet(200));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const { res, ms, grewMb } = await post(bomb, 'don-vi.xlsx');
    console.log(
      `zip bomb: ${bomb.length} bytes → ${res.status} in ${Math.round(ms)} ms, rss +${Math.round(grewMb)} MB`,
    );
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('import-too-large');
    expect(res.body.message).toMatch(/^file: tệp quá lớn.* \/ /);
    expect(ms).toBeLessThan(1000);
    expect(grewMb).toBeLessThan(100);
    await stillServes();
  });

  it('a bomb that declares a small size in its directory is stopped by the capped inflate', async () => {
    const liar = withSheet(await hugeSheet(100), () => 10_000);
    const { res, ms, grewMb } = await post(liar, 'don-vi.xlsx');
    expect(res.status).toBe(413);
    expect(ms).toBeLessThan(1000);
    expect(grewMb).toBeLessThan(100);
    await stillServes();
  });

  it('an .xlsx with more rows than an import takes is refused before it is parsed', async () => {
    const rows = Array.from(
      { length: IMPORT_LIMITS.rows + 1 },
      (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>Xã ${i}</t></is></c></row>`,
    );
    const sheet = Buffer.from(
      `<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tên đơn vị</t></is></c></row>${rows.join('')}</sheetData></worksheet>`,
    );
    const { res } = await post(withSheet(part('xl/worksheets/sheet1.xml', sheet)), 'don-vi.xlsx');
    expect(res.status).toBe(413);
  });

  it('a CSV with more rows than an import takes is a 413; a cell over the limit a 400 naming its row', async () => {
    const lines = ['Tên đơn vị', ...Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => `Xã ${i}`)];
    expect((await post(Buffer.from(lines.join('\n')), 'don-vi.csv')).res.status).toBe(413);
    const wide = await post(Buffer.from(`Tên đơn vị${','.repeat(4_000_000)}\nXã\n`), 'don-vi.csv');
    expect(wide.res.status).toBe(413);
    expect(wide.ms).toBeLessThan(1000);
    const long = await post(
      Buffer.from(`Tên đơn vị\nXã thường\n${'x'.repeat(IMPORT_LIMITS.cellChars + 1)}\n`),
      'a.csv',
    );
    expect(long.res.status).toBe(400);
    expect(long.res.body.message).toContain('dòng 3');
  });

  it('an upload over 5 MB is refused while it is received (413), and the api still serves', async () => {
    const big = Buffer.alloc(IMPORT_LIMITS.bytes + 1024, 'a');
    expect((await post(big, 'don-vi.csv')).res.status).toBe(413);
    await stillServes();
  });

  it('a file that is not a zip, or a truncated one, is a 400', async () => {
    expect((await post(Buffer.from('không phải excel'), 'don-vi.xlsx')).res.status).toBe(400);
    const good = withSheet(part('xl/worksheets/sheet1.xml', Buffer.from('<worksheet/>')));
    expect((await post(good.subarray(0, good.length - 30), 'don-vi.xlsx')).res.status).toBe(400);
  });
});
