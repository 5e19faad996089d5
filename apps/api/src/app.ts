import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { Clock } from './common/clock.js';
import { ErrorsFilter } from './common/errors.filter.js';
import { inputGuardPipe, validationPipe } from './common/validation.js';
import type { AppConfig } from './config.js';
import { CriteriaService } from './criteria/criteria.service.js';
import { loadDemoData } from './demo/demo-data.js';
import { openApiDocument } from './openapi.js';
import { makeLogger, NestPinoLogger, requestLogger } from './health/logging.js';
import { Metrics } from './health/metrics.js';
import { discoverProvinces } from './provinces/discover.js';
import { UPLOADED_FILES } from './storage/file-store.js';

/**
 * Builds the api: discovers and validates province plugins first (a bad one stops start-up), then the Nest app
 * under /api with security headers, CORS exposing Content-Range, OpenAPI at /api/docs, and the console's build
 * served at / when present.
 */
export async function createApp(config: AppConfig, opts: { logger?: false } = {}): Promise<INestApplication> {
  const provinces = await discoverProvinces(config.provincesDir);
  const log = makeLogger(opts.logger === false ? 'silent' : config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, provinces), {
    logger: opts.logger ?? new NestPinoLogger(log),
  });
  app.setGlobalPrefix('api');
  app.use(requestLogger(log));
  app.use(app.get(Metrics).middleware());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'img-src': ["'self'", 'data:'], 'script-src': ["'self'", "'unsafe-inline'"] },
      },
    }),
  );
  app.enableCors({ exposedHeaders: ['Content-Range', 'Content-Disposition'] });
  app.useGlobalPipes(inputGuardPipe, validationPipe);
  app.useGlobalFilters(new ErrorsFilter());
  // X-Forwarded-For picks the client address (login throttling) only from proxies the operator names.
  app.set('trust proxy', config.trustProxy);
  SwaggerModule.setup('api/docs', app, openApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
  if (existsSync(join(config.consoleDir, 'index.html'))) {
    // The console's files are looked for outside /api only: mounted at /, serve-static would stat the disk on
    // every api request before the router saw it. "Outside /api" as the router matches paths: without regard to
    // case (/API/units is the api's, never the console's page) and by whole segments (/apis is the console's).
    const isApi = (req: Request) => /^\/api(\/|$)/i.test(req.path);
    const files = express.static(config.consoleDir);
    app.use((req: Request, res: Response, next: NextFunction) => (isApi(req) ? next() : files(req, res, next)));
    // Client-side routes of the console fall back to its index.html.
    app.use((req: Request, res: Response, next: NextFunction) =>
      req.method === 'GET' && !isApi(req) ? res.sendFile(join(config.consoleDir, 'index.html')) : next(),
    );
  }
  await app.init();
  await app.get(CriteriaService).seedFromPlugins();
  if (config.demo)
    await loadDemoData(
      app.get(DataSource),
      provinces.map((p) => p.manifest),
      { onlyIfEmpty: true, today: app.get(Clock).today(), files: app.get(UPLOADED_FILES) },
    );
  return app;
}
