import {
  Body,
  Controller,
  Delete,
  Get,
  Inject,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
  Res,
  type Type,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentUser, type Principal } from '../auth/principal.js';
import { ListParams } from '../common/list-query.js';
import { type CrudSpec, type Scoped, ScopedCrud } from './scoped-crud.js';

/**
 * Builds the thin REST controller of a scoped resource in the ra-data-simple-rest shape (GET list with
 * Content-Range, GET one, POST, PUT, DELETE), documented in OpenAPI from its zod schemas.
 */
export function crudController<E extends Scoped, C extends z.ZodType<{ provinceSlug?: string }>, U extends z.ZodType>(
  path: string,
  spec: CrudSpec<E, z.infer<C> & z.infer<U>>,
  schemas: { create: C; update: U; row: z.ZodType },
): Type<{ readonly crud: ScopedCrud }> {
  const s = spec as unknown as CrudSpec<E, never>;
  const show = (row: Scoped) => (spec.present ? spec.present(row as E) : row);
  @ApiTags(path)
  @ApiBearerAuth()
  @Controller(path)
  class ResourceController {
    constructor(@Inject(ScopedCrud) readonly crud: ScopedCrud) {}

    @ApiOperation({ summary: `Danh sách ${spec.label}` })
    @Get()
    @ApiOkResponse({ standardSchema: z.array(schemas.row), description: 'Content-Range header gives the total' })
    list(
      @CurrentUser() user: Principal,
      @Query({ schema: ListParams }) params: ListParams,
      @Res({ passthrough: true }) res: Response,
    ) {
      return this.crud.list(s, user, params, res).then((rows) => rows.map(show));
    }

    @ApiOperation({ summary: `Xem một ${spec.label}` })
    @Get(':id')
    @ApiOkResponse({ standardSchema: schemas.row })
    one(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
      return this.crud.get(s, user, id).then(show);
    }

    @ApiOperation({ summary: `Tạo ${spec.label}` })
    @Post()
    @ApiCreatedResponse({ standardSchema: schemas.row })
    create(@CurrentUser() user: Principal, @Body({ schema: schemas.create }) body: z.infer<C>) {
      return this.crud.create(spec as never, user, body).then(show);
    }

    @ApiOperation({ summary: `Sửa ${spec.label}` })
    @Put(':id')
    @ApiOkResponse({ standardSchema: schemas.row })
    update(
      @CurrentUser() user: Principal,
      @Param('id', ParseIntPipe) id: number,
      @Body({ schema: schemas.update }) body: z.infer<U>,
    ) {
      return this.crud.update(spec as never, user, id, body).then(show);
    }

    @ApiOperation({ summary: `Xóa ${spec.label}` })
    @Delete(':id')
    @ApiOkResponse({ standardSchema: schemas.row })
    remove(@CurrentUser() user: Principal, @Param('id', ParseIntPipe) id: number) {
      return this.crud.remove(s, user, id).then(show);
    }
  }
  Object.defineProperty(ResourceController, 'name', { value: `${path[0]!.toUpperCase()}${path.slice(1)}Controller` });
  return ResourceController;
}
