import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { manifestSchema, notStatedFields, SILENT_FIELDS } from '@thidua/domain';
import { z } from 'zod';
import { Public } from '../auth/principal.js';
import { ProvincesRegistry } from './provinces.registry.js';

const ProvinceSummary = z.object({
  slug: z.string(),
  name: z.string(),
  authority: z.string(),
  movement: z.string(),
  span: z.object({ from: z.string(), to: z.string() }),
  plan: z.object({ number: z.string().nullable(), date: z.string().nullable() }),
  /** Null where the plan does not state it (listed in notStated): "chưa quy định", not 0. */
  counts: z.object({
    phases: z.number().nullable(),
    criteria: z.number().nullable(),
    awardForms: z.number().nullable(),
  }),
  notStated: z.array(z.enum(SILENT_FIELDS)),
});

/** The provinces' plans are published documents: readable without logging in. */
@ApiTags('provinces')
@Controller('provinces')
export class ProvincesController {
  constructor(private readonly provinces: ProvincesRegistry) {}

  @ApiOperation({ summary: 'Danh sách các tỉnh và kế hoạch phát động phong trào' })
  @Public()
  @Get()
  @ApiOkResponse({ standardSchema: z.array(ProvinceSummary) })
  list(): z.infer<typeof ProvinceSummary>[] {
    return this.provinces.all().map(({ manifest: m }) => {
      const silent = notStatedFields(m);
      const count = (field: 'phases' | 'criteria' | 'awardForms') => (silent.includes(field) ? null : m[field].length);
      return {
        id: m.slug,
        slug: m.slug,
        name: m.name,
        authority: m.authority,
        movement: m.movement.name,
        span: m.movement.span,
        plan: { number: m.plan.number, date: m.plan.date },
        counts: { phases: count('phases'), criteria: count('criteria'), awardForms: count('awardForms') },
        notStated: silent,
      };
    });
  }

  /** The validated manifest as the plugin declares it (criteria edited since are under /criteria). */
  @ApiOperation({ summary: 'Kế hoạch của một tỉnh (manifest đã kiểm tra)' })
  @Public()
  @Get(':slug')
  @ApiOkResponse({ standardSchema: manifestSchema })
  one(@Param('slug') slug: string) {
    return { id: slug, ...this.provinces.get(slug) };
  }
}
