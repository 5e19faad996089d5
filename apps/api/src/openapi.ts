import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';

/** Marks an operation that needs no token (set by @Public()); removed from the published document. */
export const PUBLIC_EXTENSION = 'x-thidua-public';

/** The one error shape every 4xx of the api has (see common/errors.ts). */
const ApiError = z.object({
  statusCode: z.number().int().describe('HTTP status'),
  code: z.string().optional().describe('Stable English key for programs, e.g. "invalid-transition"'),
  message: z.string().describe('What is wrong and what to do: Vietnamese / English'),
  fields: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe('Per-field problems of a refused body, query or path (code "invalid-input")'),
});

const ERRORS: Record<string, string> = {
  '400': 'Dữ liệu hoặc tham số không hợp lệ / invalid input (the message names the field)',
  '401': 'Chưa đăng nhập hoặc phiên đã hết hạn / not logged in or session expired',
  '403': 'Vai trò không được phép / the role may not do this',
  '404': 'Không tìm thấy, hoặc thuộc tỉnh hay đơn vị khác / not found, or another province’s or unit’s',
  '409': 'Xung đột với trạng thái hiện tại (quy trình, chỉ tiêu, phiên bản) / conflicts with the current state',
  '429': 'Quá nhiều yêu cầu, hãy thử lại sau / too many requests',
};

/**
 * The OpenAPI document of the api: bearer security on every operation but the public ones, and every operation's
 * error responses with the shared error schema, so clients (and `redocly lint`) see the whole contract.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('thidua API')
    .setDescription('Phong trào thi đua Chuyển đổi số — REST API (ra-data-simple-rest conventions)')
    .setVersion('0.1.0')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addServer('/', 'This api')
    .addBearerAuth()
    .addSecurityRequirements('bearer')
    .build();
  const doc = SwaggerModule.createDocument(app, config);
  doc.components ??= {};
  doc.components.schemas ??= {};
  doc.components.schemas.ApiError = z.toJSONSchema(ApiError, { target: 'openapi-3.0' }) as never;
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = item[method];
      if (!op) continue;
      const extensions = op as unknown as Record<string, unknown>;
      const isPublic = Boolean(extensions[PUBLIC_EXTENSION]);
      delete extensions[PUBLIC_EXTENSION];
      if (isPublic) op.security = [];
      const codes = ['400'];
      if (!isPublic) codes.push('401', '403');
      if (path.includes('{')) codes.push('404');
      if (method !== 'get') codes.push('409');
      if (isPublic && method === 'post') codes.push('429');
      for (const code of codes)
        op.responses[code] ??= {
          description: ERRORS[code]!,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
        };
    }
  }
  return doc;
}
