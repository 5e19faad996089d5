import { Injectable } from '@nestjs/common';
import { findIndicator, shortDate, STATUS_LABELS, TIER_LABELS, type Tier } from '@thidua/domain';
import { type Column, toCsv, toXlsx } from '@thidua/documents';
import { DataSource, In } from 'typeorm';
import { authorize, type Principal, provinceScope } from '../auth/principal.js';
import { Clock } from '../common/clock.js';
import { badRequest } from '../common/errors.js';
import { AwardDecision, IndicatorReading, Nomination, Unit } from '../database/entities/index.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { ProvincesRegistry } from '../provinces/provinces.registry.js';
import { fileSlug, type ListFormat } from './formats.js';

export const EXPORT_LISTS = ['nominations', 'readings'] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];

/** Filters each list accepts (`filter={"phaseId":"…"}`), all equality. */
const FILTERS: Record<ExportList, string[]> = {
  nominations: ['phaseId', 'awardFormId', 'status', 'recipient', 'nominatingUnitId', 'decisionId'],
  readings: ['year', 'indicatorId', 'unitId'],
};

export interface ExportFile {
  fileName: string;
  format: ListFormat;
  bytes: Buffer;
}

const MAX_ROWS = 50_000;

/** Lists as spreadsheets: XLSX, and CSV with a BOM so Excel reads the diacritics. Not stored: they follow the data. */
@Injectable()
export class ListExportsService {
  constructor(
    private readonly ds: DataSource,
    private readonly provinces: ProvincesRegistry,
    private readonly decisions: DecisionsService,
    private readonly clock: Clock,
  ) {}

  async list(
    user: Principal,
    list: ExportList,
    format: ListFormat,
    filterText: string | undefined,
  ): Promise<ExportFile> {
    authorize(user, 'read', list);
    let filter: Record<string, unknown>;
    try {
      filter = filterText ? (JSON.parse(filterText) as Record<string, unknown>) : {};
    } catch {
      throw badRequest('Tham số "filter" không phải JSON hợp lệ / "filter" is not valid JSON', 'bad-list-query');
    }
    if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
      throw badRequest('filter phải là một đối tượng JSON / filter must be a JSON object', 'bad-list-query');
    const where: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(filter)) {
      if (key === 'provinceSlug' || value === undefined || value === '') continue;
      if (!FILTERS[list].includes(key))
        throw badRequest(
          `Không lọc được theo "${key}"; dùng: ${FILTERS[list].join(', ')} / unknown filter "${key}"`,
          'bad-list-query',
        );
      where[key] = Array.isArray(value) ? In(value) : value;
    }
    const province = provinceScope(user, filter.provinceSlug as string | undefined);
    if (province) where.provinceSlug = province;
    if (user.role === 'unit-clerk') where[list === 'nominations' ? 'nominatingUnitId' : 'unitId'] = user.unitId ?? -1;
    if (list === 'nominations') {
      const rows = await this.ds.getRepository(Nomination).find({
        where,
        order: { provinceSlug: 'ASC', recipient: 'ASC', nomineeSortKey: 'ASC', id: 'ASC' },
        take: MAX_ROWS,
      });
      return this.file('de-nghi-khen-thuong', format, rows, await this.nominationColumns(rows));
    }
    const rows = await this.ds
      .getRepository(IndicatorReading)
      .find({ where, order: { year: 'DESC', indicatorId: 'ASC', id: 'ASC' }, take: MAX_ROWS });
    const units = await this.unitNames(rows.map((r) => r.unitId));
    const columns: Column<IndicatorReading>[] = [
      { header: 'Đơn vị', value: (r) => units.get(r.unitId) ?? '', width: 40 },
      { header: 'Chỉ số', value: (r) => findIndicator(r.indicatorId)?.name ?? r.indicatorId, width: 50 },
      { header: 'Mã chỉ số', value: (r) => r.indicatorId, width: 24 },
      { header: 'Năm', value: (r) => r.year },
      { header: 'Giá trị', value: (r) => r.value },
      { header: 'Nguồn số liệu', value: (r) => r.source, width: 30 },
    ];
    return this.file('so-lieu-chi-so', format, rows, columns);
  }

  /** The awardees of a decision, in the annex's order. */
  async awardees(user: Principal, decisionId: number, format: ListFormat): Promise<ExportFile> {
    const d = await this.decisions.get(user, decisionId);
    const columns = await this.nominationColumns(d.awardees);
    const decisionColumns: Column<Nomination>[] = [
      { header: 'Quyết định số', value: () => d.number, width: 18 },
      { header: 'Ngày ký', value: () => shortDate(d.signedOn), width: 12 },
    ];
    return this.file(`danh-sach-khen-thuong-${d.number}`, format, d.awardees, [
      ...columns.filter((c) => c.header !== 'Trạng thái' && c.header !== 'Quyết định'),
      ...decisionColumns,
    ]);
  }

  private async nominationColumns(rows: Nomination[]): Promise<Column<Nomination>[]> {
    const units = await this.unitNames(rows.map((n) => n.nominatingUnitId));
    const decisionIds = [...new Set(rows.map((n) => n.decisionId).filter((x): x is number => x !== null))];
    const decisions = new Map(
      (decisionIds.length ? await this.ds.getRepository(AwardDecision).findBy({ id: In(decisionIds) }) : []).map(
        (d) => [d.id, d.number],
      ),
    );
    const formName = (n: Nomination) =>
      this.provinces.has(n.provinceSlug)
        ? (this.provinces.get(n.provinceSlug).awardForms.find((f) => f.id === n.awardFormId)?.name ?? n.awardFormId)
        : n.awardFormId;
    const phaseName = (n: Nomination) =>
      this.provinces.has(n.provinceSlug)
        ? (this.provinces.get(n.provinceSlug).phases.find((p) => p.id === n.phaseId)?.name ?? n.phaseId)
        : n.phaseId;
    const position = new Map(rows.map((n, i) => [n, i + 1]));
    return [
      { header: 'STT', value: (n) => position.get(n) ?? null, width: 6 },
      { header: 'Tập thể, cá nhân', value: (n) => n.nomineeName, width: 40 },
      { header: 'Loại', value: (n) => (n.recipient === 'collective' ? 'Tập thể' : 'Cá nhân'), width: 10 },
      { header: 'Đối tượng', value: (n) => TIER_LABELS[n.tier as Tier]?.vi ?? n.tier, width: 30 },
      { header: 'Đơn vị đề nghị', value: (n) => units.get(n.nominatingUnitId) ?? '', width: 40 },
      { header: 'Hình thức khen thưởng', value: formName, width: 40 },
      { header: 'Đợt', value: phaseName, width: 30 },
      {
        header: 'Trạng thái',
        value: (n) => STATUS_LABELS[n.status as keyof typeof STATUS_LABELS]?.vi ?? n.status,
        width: 16,
      },
      { header: 'Ngày gửi', value: (n) => (n.submittedAt ? shortDate(n.submittedAt) : null), width: 12 },
      { header: 'Quyết định', value: (n) => (n.decisionId ? (decisions.get(n.decisionId) ?? null) : null), width: 18 },
    ];
  }

  private async unitNames(ids: number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    return new Map(
      (unique.length ? await this.ds.getRepository(Unit).findBy({ id: In(unique) }) : []).map((u) => [u.id, u.name]),
    );
  }

  private async file<T>(name: string, format: ListFormat, rows: T[], columns: Column<T>[]): Promise<ExportFile> {
    const bytes =
      format === 'csv'
        ? toCsv(rows, columns)
        : await toXlsx(rows, columns, { sheetName: 'Danh sách', date: this.clock.today() });
    return { fileName: `${fileSlug(name)}.${format}`, format, bytes };
  }
}
