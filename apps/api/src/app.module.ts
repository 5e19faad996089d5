import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AuditController } from './audit/audit.controller.js';
import { AuditService } from './audit/audit.service.js';
import { createSecretKey } from 'node:crypto';
import { AuthController, TOKEN_TTL } from './auth/auth.controller.js';
import { AuthGuard } from './auth/auth.guard.js';
import { LoginThrottler } from './auth/login-throttle.js';
import { Clock } from './common/clock.js';
import { ComparisonController, ComparisonService } from './comparison/index.js';
import { CouncilController } from './council/council.controller.js';
import { CouncilMembersService } from './council/council-members.service.js';
import { CouncilService } from './council/council.service.js';
import { ScopedCrud } from './crud/scoped-crud.js';
import { type AppConfig, signingSecret } from './config.js';
import { CriteriaController } from './criteria/criteria.controller.js';
import { CriteriaService } from './criteria/criteria.service.js';
import { dataSourceOptions } from './database/data-source.js';
import { Transactions } from './database/transactions.js';
import { DecisionsController } from './decisions/decisions.controller.js';
import { DecisionsService } from './decisions/decisions.service.js';
import { DocumentsController, DocumentsService, JobsService, ListExportsService } from './documents/index.js';
import { HealthController } from './health/health.controller.js';
import { Metrics, METRICS_TOKEN, MetricsController } from './health/metrics.js';
import { MovementController } from './movement/movement.controller.js';
import { MovementService } from './movement/movement.service.js';
import { Mailer } from './notifications/mailer.js';
import { NotificationsController } from './notifications/notifications.controller.js';
import { NotificationsScheduler } from './notifications/notifications.scheduler.js';
import { NotificationsService } from './notifications/notifications.service.js';
import { DossierService } from './nominations/dossier.service.js';
import { NominationsController } from './nominations/nominations.controller.js';
import { NominationChecks } from './nominations/nomination-checks.js';
import { NominationsService } from './nominations/nominations.service.js';
import { PeopleController } from './people/people.js';
import type { LoadedProvince } from './provinces/discover.js';
import { loadCountryMap } from './provinces/country-map.js';
import { ProvincesRegistry } from './provinces/provinces.registry.js';
import { fileStore, GENERATED_FILES, UPLOADED_FILES, uploadedFileStore } from './storage/file-store.js';
import { ProvincesController } from './provinces/provinces.controller.js';
import { ReadingsController } from './readings/readings.js';
import { RegistrationsController } from './registrations/registrations.js';
import { ReportsController } from './reports/reports.js';
import { UnitsImportController } from './units/units-import.js';
import { UnitsController } from './units/units.js';
import { UsersController } from './users/users.js';

@Module({})
export class AppModule {
  /** The whole api, for a configuration and the province plugins found at start-up. */
  static register(config: AppConfig, provinces: LoadedProvince[]): DynamicModule {
    // Built once: jsonwebtoken would otherwise make a key object from the secret string on every verification.
    const key = createSecretKey(Buffer.from(signingSecret(config)));
    return {
      module: AppModule,
      imports: [
        // Migrations run at start-up (and by `pnpm db:migrate`); the schema is never synchronised.
        TypeOrmModule.forRoot({ ...dataSourceOptions(config), migrationsRun: true, migrationsTransactionMode: 'each' }),
        JwtModule.register({
          secretOrKeyProvider: () => key,
          signOptions: { algorithm: 'HS256', expiresIn: config.tokenTtlSeconds },
          verifyOptions: { algorithms: ['HS256'] },
        }),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', ttl: 60_000, limit: 1000 }],
          // The default key is a sha256 of this same text, hashed on every request for a key that never leaves
          // the process's memory.
          generateKey: (ctx, tracker, name) => `${ctx.getClass().name}-${ctx.getHandler().name}-${name}-${tracker}`,
        }),
      ],
      controllers: [
        HealthController,
        AuthController,
        ProvincesController,
        CriteriaController,
        MovementController,
        UnitsImportController,
        UnitsController,
        PeopleController,
        UsersController,
        ReadingsController,
        RegistrationsController,
        ReportsController,
        NominationsController,
        DecisionsController,
        AuditController,
        ComparisonController,
        DocumentsController,
        CouncilController,
        NotificationsController,
        MetricsController,
      ],
      providers: [
        {
          provide: ProvincesRegistry,
          useValue: new ProvincesRegistry(provinces, loadCountryMap(config.countryMapFile)),
        },
        { provide: Clock, useValue: new Clock(config.today) },
        {
          provide: DossierService,
          inject: [DataSource, NominationsService, Transactions, AuditService, UPLOADED_FILES],
          useFactory: (...deps: ConstructorParameters<typeof DossierService>) => new DossierService(...deps),
        },
        // Files by checksum: in PostgreSQL when it is the database (every replica reads them), else in data/.
        {
          provide: UPLOADED_FILES,
          inject: [DataSource],
          useFactory: (ds: DataSource) => uploadedFileStore(ds, config.dataDir),
        },
        {
          provide: GENERATED_FILES,
          inject: [DataSource],
          useFactory: (ds: DataSource) => fileStore(ds, join(config.dataDir, 'generated')),
        },
        { provide: TOKEN_TTL, useValue: config.tokenTtlSeconds },
        {
          provide: LoginThrottler,
          inject: [DataSource],
          useFactory: (ds: DataSource) => new LoginThrottler(ds, config.login),
        },
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        Transactions,
        AuditService,
        ScopedCrud,
        CriteriaService,
        NominationsService,
        NominationChecks,
        DecisionsService,
        MovementService,
        ComparisonService,
        JobsService,
        DocumentsService,
        ListExportsService,
        CouncilService,
        CouncilMembersService,
        NotificationsService,
        { provide: Mailer, useValue: new Mailer(config.smtpUrl, config.smtpFrom) },
        {
          provide: NotificationsScheduler,
          inject: [NotificationsService, Mailer],
          useFactory: (n: NotificationsService, m: Mailer) =>
            new NotificationsScheduler(n, m, config.notifyIntervalSeconds),
        },
        Metrics,
        { provide: METRICS_TOKEN, useValue: config.metricsToken },
      ],
    };
  }
}
