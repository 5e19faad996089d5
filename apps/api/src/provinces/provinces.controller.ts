import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { manifestSchema } from '@thidua/domain';
import { z } from 'zod';
import { Public } from '../auth/principal.js';
import { ProvincesRegistry } from '../plugins/provinces.registry.js';

const ProvinceSummary = z.object({
  slug: z.string(),
  name: z.string(),
  authority: z.string(),
  movement: z.string(),
  span: z.object({ from: z.string(), to: z.string() }),
  plan: z.object({ number: z.string().nullable(), date: z.string().nullable() }),
  counts: z.object({ phases: z.number(), criteria: z.number(), awardForms: z.number() }),
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
    return this.provinces.all().map(({ manifest: m }) => ({
      id: m.slug,
      slug: m.slug,
      name: m.name,
      authority: m.authority,
      movement: m.movement.name,
      span: m.movement.span,
      plan: { number: m.plan.number, date: m.plan.date },
      counts: { phases: m.phases.length, criteria: m.criteria.length, awardForms: m.awardForms.length },
    }));
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
