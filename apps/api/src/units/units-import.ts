import { Controller, Query, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiOperation } from '@nestjs/swagger';
import { searchText, TIER_LABELS, TIERS } from '@thidua/domain';
import { AuditService } from '../audit/audit.service.js';
import { authorize, CurrentUser, type Principal, writeProvince } from '../auth/principal.js';
import {
  type ImportResult,
  ImportRoute,
  issues,
  previewOrSave,
  readSheet,
  refusal,
  type SheetFile,
} from '../imports/sheet-import.js';
import { Unit } from '../database/entities/index.js';
import { Transactions } from '../database/transactions.js';
import { ProvincesRegistry } from '../provinces/provinces.registry.js';
import { UnitInput, unitValues } from './units.js';

/** Column headers accepted (Vietnamese as in the template, or the API field names). */
const HEADERS: Record<string, keyof RawRow> = {
  'tên đơn vị': 'name',
  name: 'name',
  'đối tượng': 'tier',
  tier: 'tier',
  mã: 'code',
  code: 'code',
  'đơn vị cấp trên': 'parent',
  parent: 'parent',
  'số cbccvc': 'staffCount',
  staffcount: 'staffCount',
};
interface RawRow {
  name?: string;
  tier?: string;
  code?: string;
  parent?: string;
  staffCount?: string;
}

function tierOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const key = searchText(text);
  return (
    TIERS.find((t) => t === text || searchText(TIER_LABELS[t].vi) === key || searchText(TIER_LABELS[t].en) === key) ??
    text
  );
}

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsImportController {
  constructor(
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    private readonly provinces: ProvincesRegistry,
  ) {}

  /**
   * Imports units from an Excel or CSV file. Without `commit=1` it only checks every row and returns the preview
   * with each row's errors; with it, it saves all rows in one transaction, or none if any row is wrong.
   */
  @ApiOperation({ summary: 'Nhập đơn vị từ tệp Excel/CSV (xem trước hoặc ghi tất cả)' })
  @ImportRoute()
  async import(
    @CurrentUser() user: Principal,
    @UploadedFile() file: SheetFile | undefined,
    @Query('commit') commit?: string,
    @Query('provinceSlug') provinceSlug?: string,
  ): Promise<ImportResult> {
    authorize(user, 'create', 'units');
    const rows = await readSheet(file, HEADERS, { key: 'name', label: 'Tên đơn vị' });
    const province = writeProvince(user, provinceSlug);
    const manifest = this.provinces.get(province);
    return this.tx.run(async (em) => {
      const existing = await em.getRepository(Unit).findBy({ provinceSlug: province });
      const byName = new Map(existing.map((u) => [searchText(u.name), u]));
      const check = async (raw: RawRow, errors: string[]) => {
        const parent = raw.parent
          ? (byName.get(searchText(raw.parent)) ?? existing.find((u) => String(u.id) === raw.parent))
          : undefined;
        if (raw.parent && !parent) errors.push(`Đơn vị cấp trên "${raw.parent}" không có trong tỉnh`);
        const parsed = UnitInput.safeParse({
          name: raw.name,
          tier: tierOf(raw.tier),
          code: raw.code ?? null,
          staffCount: raw.staffCount ? Number(raw.staffCount) : undefined,
          parentId: parent?.id ?? null,
        });
        if (!parsed.success) errors.push(...issues(parsed.error));
        if (raw.name && byName.has(searchText(raw.name))) errors.push(`Đơn vị "${raw.name}" đã có`);
        if (!parsed.success || errors.length) return undefined;
        try {
          const unit = em
            .getRepository(Unit)
            .create({ ...(await unitValues(parsed.data, { em, user, province, manifest })), provinceSlug: province });
          byName.set(searchText(raw.name!), unit); // a later row may name it as parent, or repeat it
          // A parent created earlier in the same file has no id yet: link it by name when saving.
          return { unit, parentKey: parent && !parent.id ? searchText(raw.parent!) : undefined };
        } catch (e) {
          errors.push(refusal(e));
          return undefined;
        }
      };
      return previewOrSave(rows, commit === '1', check, async (created) => {
        for (const { unit, parentKey } of created) {
          if (parentKey) unit.parentId = byName.get(parentKey)!.id;
          const saved = await em.getRepository(Unit).save(unit);
          await this.audit.record(em, user, {
            action: 'import',
            entity: 'units',
            entityId: saved.id,
            provinceSlug: province,
            after: saved,
          });
        }
      });
    });
  }
}
