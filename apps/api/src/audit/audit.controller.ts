import { Controller, Get, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { searchText } from '@thidua/domain';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { authorize, CurrentUser, type Principal } from '../auth/principal.js';
import { notFound } from '../common/errors.js';
import { eq, ListParams, paginate } from '../common/list-query.js';
import { scopedList } from '../crud/scoped-list.js';
import { AuditEvent } from '../database/entities/index.js';
import { redact } from './redact.js';

const AuditRow = z.object({
  id: z.number(),
  provinceSlug: z.string().nullable(),
  userId: z.number().nullable(),
  username: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  at: z.string(),
});

/** An event as shown: secrets redacted, also in events recorded before redaction on write existed. */
const shown = (row: AuditEvent) => ({ ...row, before: redact(row.before), after: redact(row.after) });

/** Read-only: audit events have no create, update or delete route. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly ds: DataSource) {}

  /** Filters: id, username, action, entity, entityId, from, to, and q (contains, ignoring case and accents). */
  @ApiOperation({ summary: 'Nhật ký thao tác' })
  @Get()
  @ApiOkResponse({ standardSchema: z.array(AuditRow) })
  async list(
    @CurrentUser() user: Principal,
    @Query({ schema: ListParams }) params: ListParams,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { qb, query } = scopedList(this.ds, AuditEvent, user, 'audit', params);
    const rows = await paginate(
      qb,
      query,
      {
        resource: 'audit',
        sortable: { at: 'r.at', id: 'r.id', username: 'r.username', action: 'r.action' },
        defaultSort: ['at', 'DESC'],
        filters: {
          id: eq('r.id'),
          username: eq('r.username'),
          action: eq('r.action'),
          entity: eq('r.entity'),
          entityId: (q, v) => q.andWhere('r.entityId = :eid', { eid: String(v) }),
          from: (q, v) => q.andWhere('r.at >= :from', { from: String(v) }),
          to: (q, v) => q.andWhere('r.at <= :to', { to: `${String(v)}~` }),
          // Usernames, actions and entities are lower-case ASCII keys, so folding the search text is enough.
          q: (q, v) =>
            q.andWhere('(LOWER(r.username) LIKE :q OR LOWER(r.action) LIKE :q OR LOWER(r.entity) LIKE :q)', {
              q: `%${searchText(String(v))}%`,
            }),
        },
      },
      res,
    );
    return rows.map(shown);
  }

  @ApiOperation({ summary: 'Một sự kiện trong nhật ký thao tác' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: AuditRow })
  async one(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
    authorize(user, 'read', 'audit');
    const row = await this.ds.getRepository(AuditEvent).findOneBy({ id });
    if (!row || (user.role !== 'national-admin' && row.provinceSlug !== user.provinceSlug))
      throw notFound('Không tìm thấy sự kiện / audit event not found');
    return shown(row);
  }
}
