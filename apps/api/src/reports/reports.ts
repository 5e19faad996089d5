import { reportDueDates } from '@thidua/domain';
import { z } from 'zod';
import { dbId, isoDate } from '../common/validation.js';
import { badRequest } from '../common/errors.js';
import { crudController } from '../crud/crud.controller.js';
import { eq } from '../common/list-query.js';
import { type CrudSpec, requireUnit } from '../crud/scoped-crud.js';
import { Report } from '../database/entities/index.js';

export const ReportInput = z.object({
  provinceSlug: z.string().optional(),
  unitId: dbId,
  year: z.number().int().min(2000).max(2100),
  submittedOn: isoDate,
  summary: z.string().trim().min(1).max(10000),
});
type ReportInput = z.infer<typeof ReportInput>;
const ReportRow = ReportInput.extend({ id: z.number(), provinceSlug: z.string(), dueOn: z.string() });

/** A yearly report is due on the plan's first report deadline of that year. */
export const reportsSpec: CrudSpec<Report, Partial<ReportInput>> = {
  entity: Report,
  resource: 'reports',
  label: 'báo cáo',
  list: {
    sortable: { year: 'r.year', submittedOn: 'r.submittedOn', dueOn: 'r.dueOn', unitId: 'r.unitId', id: 'r.id' },
    defaultSort: ['year', 'DESC'],
    filters: { id: eq('r.id'), unitId: eq('r.unitId'), year: eq('r.year') },
  },
  clerkUnit: (r) => r.unitId,
  clerkFilter: (qb, unitId) => qb.andWhere('r.unitId = :cu', { cu: unitId }),
  async prepare(input, ctx) {
    if (input.unitId) await requireUnit(ctx.em, ctx.province, input.unitId);
    const year = input.year ?? ctx.existing?.year;
    const values: Partial<Report> = { ...input };
    delete (values as { provinceSlug?: string }).provinceSlug;
    if (year !== undefined) {
      const due = ctx.manifest.workflow.reportDeadlines
        .flatMap((d) => reportDueDates(d, `${year}-01-01`, `${year}-12-31`))
        .sort()[0];
      if (!due)
        throw badRequest(
          `year: kế hoạch không có hạn báo cáo trong năm ${year} / the plan sets no report deadline in ${year}`,
          'no-report-deadline',
        );
      values.dueOn = due;
    }
    return values;
  },
};

export class ReportsController extends crudController('reports', reportsSpec, {
  create: ReportInput,
  update: ReportInput.partial(),
  row: ReportRow,
}) {}
