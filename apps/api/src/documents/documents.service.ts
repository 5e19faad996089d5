import { CouncilService } from '../council/council.service.js';
import { resolve } from 'node:path';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { type ProvinceManifest, vietnamDate } from '@thidua/domain';
import {
  certificateFor,
  certificatesFor,
  certificateTitle,
  registryNumber,
  closeBrowser,
  type DecisionDocument,
  type DocumentKind,
  type DocumentModels,
  mergePdfs,
  render,
  toDocx,
  toPdf,
} from '@thidua/documents';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertVisible, authorize, type Principal } from '../auth/principal.js';
import { badRequest, conflict, forbidden, notFound } from '../common/errors.js';
import {
  AwardDecision,
  type BackgroundJob,
  GeneratedDocument,
  IndicatorReading,
  Nomination,
  Person,
  Registration,
  Report,
  Unit,
  now,
} from '../database/entities/index.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { Metrics } from '../health/metrics.js';
import { NominationsService } from '../nominations/nominations.service.js';
import { ProvincesRegistry } from '../provinces/provinces.registry.js';
import { type FileStore, GENERATED_FILES } from '../storage/file-store.js';
import {
  achievementReport,
  councilMinutes,
  decisionDocument,
  type Directory,
  phaseSummary,
  submissionLetter,
  unitReport,
} from './document-data.js';
import { councilSubmissionLetter, provinceCouncilMinutes } from './council-documents.js';
import { type DocumentFormat, fileSlug } from './formats.js';
import { JobsService } from './jobs.service.js';

export const DECISION_KINDS = ['decision', 'annex', 'certificate'] as const;
export const NOMINATION_KINDS = ['submission-letter', 'council-minutes', 'achievement-report'] as const;
export const COUNCIL_KINDS = ['council-minutes', 'submission-letter'] as const;
export const PREVIEW_KINDS = ['decision', 'annex'] as const;
/** A preview is for reading: HTML in the browser, or PDF as it will print (no DOCX to edit a draft outside). */
export const PREVIEW_FORMATS = ['pdf', 'html'] as const;
export type PreviewFormat = (typeof PREVIEW_FORMATS)[number];

/** A rendered preview, not stored. */
export interface PreviewFile {
  bytes: Buffer;
  format: PreviewFormat;
  fileName: string;
}

export interface GeneratedFile {
  doc: GeneratedDocument;
  bytes: Buffer;
}

/** What a stored file is about, and who asked for it. */
interface FileMeta {
  entity: string;
  entityId: string;
  fileName: string;
  userId: number;
}

/**
 * Official documents from the data the platform holds: gathers it (with the caller's scope), words it
 * (document-data.ts), renders it with the province's template overrides, and stores each file by its sha256.
 * Rendering is deterministic, so generating again from the same data finds the same stored file.
 */
@Injectable()
export class DocumentsService implements OnModuleInit, OnApplicationShutdown {
  /** Certificates per Chromium print in the certificates job (PDF): the job's progress moves once per chunk. */
  certificatesPerChunk = 50;

  constructor(
    private readonly ds: DataSource,
    private readonly provinces: ProvincesRegistry,
    private readonly decisions: DecisionsService,
    private readonly nominations: NominationsService,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
    private readonly council: CouncilService,
    @Inject(GENERATED_FILES) private readonly files: FileStore,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    this.jobs.register('certificates', (job, progress) => this.certificatesJob(job, progress));
  }

  /** The shared Chromium goes with the api. */
  onApplicationShutdown(): Promise<void> {
    return closeBrowser();
  }

  // ── award decisions ────────────────────────────────────────────────────────────────────────────────────────────

  async decisionDocument(
    user: Principal,
    id: number,
    kind: (typeof DECISION_KINDS)[number],
    format: DocumentFormat,
    nominationId?: number,
  ): Promise<GeneratedFile> {
    if (kind !== 'certificate') provinceStaffOnly(user);
    const { decision, model } = await this.issuedDecision(user, id);
    if (kind !== 'certificate') {
      const name = `${kind === 'annex' ? 'danh-sach-kem-theo' : 'quyet-dinh'}-${decision.number}`;
      return this.generate(user, decision.provinceSlug, kind, model, format, {
        entity: 'decisions',
        entityId: String(id),
        fileName: name,
      });
    }
    if (!nominationId)
      throw badRequest(
        'nominationId: hãy chọn tập thể, cá nhân cần in (hoặc tạo tất cả bằng POST …/certificates) / name the awardee',
        'nomination-required',
      );
    // Awardees come collectives first (the decision's order), as the model lists them.
    const index = decision.awardeeIds.indexOf(nominationId);
    if (index < 0)
      throw notFound(
        `Đề nghị #${nominationId} không có trong quyết định ${decision.number} / not an awardee of this decision`,
      );
    const awardee = [...model.collectives, ...model.individuals][index]!;
    const certificate = certificateFor(model, awardee, registryNumber(model, index));
    return this.generate(user, decision.provinceSlug, 'certificate', certificate, format, {
      entity: 'nominations',
      entityId: String(nominationId),
      fileName: `${certificateTitle(model.awardForm)}-${awardee.name}`,
      decisionId: id,
    });
  }

  /**
   * A draft decision (or its annex) as it will print, with "DỰ THẢO" across every page and no number yet. Rendered
   * on each request from the draft as it stands and not stored: a draft changes until it is issued.
   */
  async decisionPreview(
    user: Principal,
    id: number,
    kind: (typeof PREVIEW_KINDS)[number],
    format: PreviewFormat,
  ): Promise<PreviewFile> {
    provinceStaffOnly(user);
    const d = await this.decisions.get(user, id);
    if (d.status === 'issued')
      throw conflict(
        `Quyết định ${d.number} đã ban hành: hãy tải văn bản chính thức / the decision is issued: download its documents`,
        'decision-issued',
      );
    const model = decisionDocument(
      this.provinces.get(d.provinceSlug),
      d,
      d.awardees,
      await this.directory(d.awardees),
      {
        draft: true,
      },
    );
    const html = render(kind, model, {
      overrides: this.overrides(this.provinces.get(d.provinceSlug)),
      watermark: 'DỰ THẢO',
    });
    const name = `du-thao-${kind === 'annex' ? 'danh-sach-kem-theo' : 'quyet-dinh'}-${d.number}`;
    return {
      bytes: format === 'pdf' ? await toPdf(html) : Buffer.from(html, 'utf8'),
      format,
      fileName: `${fileSlug(name)}.${format}`,
    };
  }

  /** Starts the job that prints every certificate of an issued decision into one file. */
  async startCertificates(user: Principal, id: number, format: DocumentFormat): Promise<BackgroundJob> {
    authorize(user, 'read', 'decisions');
    provinceStaffOnly(user);
    const { decision } = await this.issuedDecision(user, id);
    const job = await this.jobs.enqueue(user, {
      provinceSlug: decision.provinceSlug,
      kind: 'certificates',
      entityId: String(id),
      format,
    });
    await this.audit.record(this.ds.manager, user, {
      action: 'certificates.start',
      entity: 'decisions',
      entityId: id,
      provinceSlug: decision.provinceSlug,
      after: { jobId: job.id, decision: decision.number, format, awardees: decision.awardeeIds.length },
    });
    return job;
  }

  /** A background job, to the user who started it only (404 to anyone else: its file is theirs). */
  async job(user: Principal, id: number): Promise<BackgroundJob> {
    const job = await this.jobs.get(user, id);
    if (job.createdBy !== user.id) throw notFound('Không tìm thấy tác vụ / job not found');
    return job;
  }

  /** The file a finished job produced. */
  async jobFile(user: Principal, jobId: number): Promise<GeneratedFile> {
    const job = await this.job(user, jobId);
    if (job.status !== 'done' || job.documentId === null)
      throw conflict(`Tác vụ chưa xong (trạng thái "${job.status}") / the job has not finished`, 'job-not-done');
    const doc = await this.ds.getRepository(GeneratedDocument).findOneByOrFail({ id: job.documentId });
    return { doc, bytes: await this.files.get(doc.sha256) };
  }

  private async certificatesJob(
    job: BackgroundJob,
    progress: (done: number, total: number) => Promise<void>,
  ): Promise<number> {
    const decision = await this.ds.getRepository(AwardDecision).findOneByOrFail({ id: Number(job.entityId) });
    const awardees = await this.awardeesOf(decision.id);
    const model = decisionDocument(
      this.provinces.get(decision.provinceSlug),
      decision,
      awardees,
      await this.directory(awardees),
    );
    const certificates = certificatesFor(model);
    const title = certificateTitle(model.awardForm);
    const format = job.format as DocumentFormat;
    const meta: FileMeta = {
      entity: 'decisions',
      entityId: job.entityId,
      fileName: `${title}-${decision.number}`,
      userId: job.createdBy,
    };
    await progress(0, certificates.length);
    if (format !== 'pdf') {
      // DOCX is built in one pass: progress moves from 0 to the total when the file is stored.
      const bytes = await this.render(
        decision.provinceSlug,
        'certificates',
        { title, date: decision.signedOn, certificates },
        format,
      );
      const file = await this.store(decision.provinceSlug, 'certificates', bytes, format, meta);
      await progress(certificates.length, certificates.length);
      return file.doc.id;
    }
    // A Chromium print per chunk (one page per certificate), then one merged file, so progress is real.
    const overrides = this.overrides(this.provinces.get(decision.provinceSlug));
    const chunks: Buffer[] = [];
    for (let from = 0; from < certificates.length; from += this.certificatesPerChunk) {
      const chunk = certificates.slice(from, from + this.certificatesPerChunk);
      chunks.push(
        await toPdf(render('certificates', { title, date: decision.signedOn, certificates: chunk }, { overrides })),
      );
      await progress(from + chunk.length, certificates.length);
    }
    const file = await this.store(
      decision.provinceSlug,
      'certificates',
      await mergePdfs(chunks, decision.signedOn),
      format,
      meta,
    );
    return file.doc.id;
  }

  private async issuedDecision(
    user: Principal,
    id: number,
  ): Promise<{ decision: AwardDecision & { awardeeIds: number[] }; model: DecisionDocument }> {
    const d = await this.decisions.get(user, id);
    if (d.status !== 'issued')
      throw conflict(
        `Quyết định ${d.number} chưa ban hành: chỉ in văn bản của quyết định đã ban hành / the decision is not issued yet`,
        'decision-not-issued',
      );
    const model = decisionDocument(this.provinces.get(d.provinceSlug), d, d.awardees, await this.directory(d.awardees));
    return { decision: { ...d, awardeeIds: d.awardees.map((n) => n.id) }, model };
  }

  private awardeesOf(decisionId: number): Promise<Nomination[]> {
    return this.ds
      .getRepository(Nomination)
      .find({ where: { decisionId }, order: { recipient: 'ASC', nomineeSortKey: 'ASC' } });
  }

  // ── a unit's dossier ───────────────────────────────────────────────────────────────────────────────────────────

  async nominationDocument(
    user: Principal,
    id: number,
    kind: (typeof NOMINATION_KINDS)[number],
    format: DocumentFormat,
  ): Promise<GeneratedFile> {
    const n = await this.nominations.get(user, id);
    const m = this.provinces.get(n.provinceSlug);
    const meta = { entity: 'nominations', entityId: String(id) };
    if (kind === 'achievement-report') {
      const phase = m.phases.find((p) => p.id === n.phaseId)!;
      const [from, to] = [Number(phase.period.from.slice(0, 4)), Number(phase.period.to.slice(0, 4))];
      const readings = n.nomineeUnitId
        ? await this.ds
            .getRepository(IndicatorReading)
            .find({ where: { unitId: n.nomineeUnitId }, order: { year: 'ASC', indicatorId: 'ASC' } })
        : [];
      const data = achievementReport(
        m,
        n,
        await this.directory([n]),
        readings.filter((r) => r.year >= from - 1 && r.year <= to),
      );
      return this.generate(user, n.provinceSlug, kind, data, format, {
        ...meta,
        fileName: `bao-cao-thanh-tich-${n.nomineeName}`,
      });
    }
    // The letter and the minutes cover everything the unit proposes for this phase and award form.
    const batch = (
      await this.ds.getRepository(Nomination).find({
        where: {
          provinceSlug: n.provinceSlug,
          nominatingUnitId: n.nominatingUnitId,
          phaseId: n.phaseId,
          awardFormId: n.awardFormId,
        },
        order: { recipient: 'ASC', nomineeSortKey: 'ASC' },
      })
    ).filter((x) => x.id === n.id || x.status !== 'rejected');
    const dir = await this.directory(batch);
    if (kind === 'submission-letter')
      return this.generate(user, n.provinceSlug, kind, submissionLetter(m, n, batch, dir), format, {
        ...meta,
        fileName: `to-trinh-${n.id}`,
      });
    return this.generate(user, n.provinceSlug, kind, councilMinutes(m, n, batch, dir), format, {
      ...meta,
      fileName: `bien-ban-hop-hoi-dong-${n.id}`,
    });
  }

  /** A province council meeting's minutes, or the appraising department's submission of its result to the chairman. */
  async councilDocument(
    user: Principal,
    meetingId: number,
    kind: (typeof COUNCIL_KINDS)[number],
    format: DocumentFormat,
  ): Promise<GeneratedFile> {
    const { provinceSlug, record } = await this.council.record(user, meetingId);
    const m = this.provinces.get(provinceSlug);
    const dir = await this.directory(record.items.map((i) => i.nomination));
    const meta = { entity: 'council-meetings', entityId: String(meetingId), userId: user.id };
    if (kind === 'council-minutes')
      return this.generate(user, provinceSlug, kind, provinceCouncilMinutes(m, record, dir), format, {
        ...meta,
        fileName: `bien-ban-hop-hoi-dong-tinh-${meetingId}`,
      });
    // The day in Vietnam, as the minutes print it (their time is Vietnam time).
    const date = vietnamDate(new Date(record.closedAt ?? record.startsAt));
    return this.generate(user, provinceSlug, kind, councilSubmissionLetter(m, record, dir, date), format, {
      ...meta,
      fileName: `to-trinh-ket-qua-hoi-dong-${meetingId}`,
    });
  }

  // ── reports ────────────────────────────────────────────────────────────────────────────────────────────────────

  async reportDocument(user: Principal, id: number, format: DocumentFormat): Promise<GeneratedFile> {
    authorize(user, 'read', 'reports');
    const r = await this.ds.getRepository(Report).findOneBy({ id });
    assertVisible(user, r, 'báo cáo', r ? [r.unitId] : []);
    const m = this.provinces.get(r.provinceSlug);
    const unit = await this.ds.getRepository(Unit).findOneByOrFail({ id: r.unitId });
    const readings = await this.ds
      .getRepository(IndicatorReading)
      .find({ where: { unitId: r.unitId, year: r.year }, order: { indicatorId: 'ASC' } });
    const phaseIds = m.phases
      .filter((p) => p.period.from.slice(0, 4) <= String(r.year) && p.period.to.slice(0, 4) >= String(r.year))
      .map((p) => p.id);
    const nominations = phaseIds.length
      ? await this.ds.getRepository(Nomination).find({
          where: { nominatingUnitId: r.unitId, phaseId: In(phaseIds) },
          order: { recipient: 'ASC', nomineeSortKey: 'ASC' },
        })
      : [];
    return this.generate(
      user,
      r.provinceSlug,
      'unit-report',
      unitReport(
        m,
        r,
        unit,
        readings,
        nominations.filter((n) => n.status !== 'draft'),
      ),
      format,
      {
        entity: 'units',
        entityId: `${r.unitId}/${r.year}`,
        fileName: `bao-cao-${r.year}-${unit.name}`,
      },
    );
  }

  /** A province's summary of one phase: province staff only (it spans every unit). */
  async phaseSummary(user: Principal, slug: string, phaseId: string, format: DocumentFormat): Promise<GeneratedFile> {
    authorize(user, 'read', 'decisions');
    provinceStaffOnly(user);
    if (user.role !== 'national-admin' && user.provinceSlug !== slug)
      throw notFound(`Không có tỉnh "${slug}" / no province "${slug}"`);
    const m = this.provinces.get(slug);
    const phase = m.phases.find((p) => p.id === phaseId);
    if (!phase) throw notFound(`Không có đợt "${phaseId}" trong kế hoạch / no phase "${phaseId}"`);
    const year = Number(phase.period.from.slice(0, 4));
    const [units, registrations, nominations, reports] = await Promise.all([
      this.ds.getRepository(Unit).find({ where: { provinceSlug: slug }, order: { sortKey: 'ASC', id: 'ASC' } }),
      this.ds.getRepository(Registration).find({ where: { provinceSlug: slug, year } }),
      this.ds.getRepository(Nomination).find({ where: { provinceSlug: slug, phaseId }, order: { id: 'ASC' } }),
      this.ds.getRepository(Report).find({ where: { provinceSlug: slug, year } }),
    ]);
    const active = units.filter((u) => !u.validTo || u.validTo >= phase.period.from);
    const data = phaseSummary(m, phase, {
      units: active,
      registeredUnitIds: new Set(registrations.map((r) => r.unitId)),
      nominations,
      reports: new Map(reports.map((r) => [r.unitId, r])),
    });
    return this.generate(user, slug, 'phase-summary', data, format, {
      entity: 'phases',
      entityId: phaseId,
      fileName: `bao-cao-tong-hop-${phaseId}`,
    });
  }

  // ── shared ─────────────────────────────────────────────────────────────────────────────────────────────────────

  /** Names and positions of everyone the nominations mention. */
  async directory(ns: Nomination[]): Promise<Directory> {
    const personIds = [...new Set(ns.map((n) => n.nomineePersonId).filter((x): x is number => x !== null))];
    const people = personIds.length ? await this.ds.getRepository(Person).findBy({ id: In(personIds) }) : [];
    const unitIds = new Set(
      [...ns.flatMap((n) => [n.nominatingUnitId, n.nomineeUnitId]), ...people.map((p) => p.unitId)].filter(
        (x): x is number => x !== null,
      ),
    );
    const units = unitIds.size ? await this.ds.getRepository(Unit).findBy({ id: In([...unitIds]) }) : [];
    const parentIds = units.map((u) => u.parentId).filter((x): x is number => x !== null && !unitIds.has(x));
    const parents = parentIds.length ? await this.ds.getRepository(Unit).findBy({ id: In(parentIds) }) : [];
    return {
      units: new Map([...units, ...parents].map((u) => [u.id, u])),
      people: new Map(people.map((p) => [p.id, p])),
    };
  }

  /** A province plugin's template overrides, as absolute paths inside its package. */
  overrides(m: ProvinceManifest): Record<string, string> {
    const dir = this.provinces.loaded(m.slug).dir;
    return Object.fromEntries(Object.entries(m.templates ?? {}).map(([name, path]) => [name, resolve(dir, path)]));
  }

  /** Renders and stores a document asked for by a user, and records who generated what about which entity. */
  private async generate<K extends DocumentKind>(
    user: Principal,
    slug: string,
    kind: K,
    data: DocumentModels[K],
    format: DocumentFormat,
    meta: Omit<FileMeta, 'userId'> & { decisionId?: number },
  ): Promise<GeneratedFile> {
    const bytes = await this.render(slug, kind, data, format);
    const file = await this.store(slug, kind, bytes, format, { ...meta, userId: user.id });
    await this.audit.record(this.ds.manager, user, {
      action: 'document.generate',
      entity: meta.entity,
      entityId: meta.entityId,
      provinceSlug: slug,
      after: {
        kind,
        format,
        documentId: file.doc.id,
        fileName: file.doc.fileName,
        sha256: file.doc.sha256,
        ...(meta.decisionId ? { decisionId: meta.decisionId } : {}),
      },
    });
    return file;
  }

  private async render<K extends DocumentKind>(
    slug: string,
    kind: K,
    data: DocumentModels[K],
    format: DocumentFormat,
  ): Promise<Buffer> {
    const html = render(kind, data, { overrides: this.overrides(this.provinces.get(slug)) });
    return format === 'pdf' ? toPdf(html) : format === 'docx' ? toDocx(html) : Buffer.from(html, 'utf8');
  }

  /** Keeps a file by its sha256: the same bytes are stored once and found again. */
  private async store(
    slug: string,
    kind: DocumentKind,
    bytes: Buffer,
    format: DocumentFormat,
    meta: FileMeta,
  ): Promise<GeneratedFile> {
    const sha256 = await this.files.put(bytes);
    this.metrics.documents.inc({ format });
    const repo = this.ds.getRepository(GeneratedDocument);
    const same = { provinceSlug: slug, kind, entity: meta.entity, entityId: meta.entityId, format, sha256 };
    const doc =
      (await repo.findOneBy(same)) ??
      (await repo.save({
        ...same,
        fileName: `${fileSlug(meta.fileName)}.${format}`,
        size: bytes.length,
        createdBy: meta.userId,
        createdAt: now(),
      }));
    return { doc, bytes };
  }
}

/** Documents that span every unit (a whole decision, its annex, all its certificates, a phase summary). */
function provinceStaffOnly(user: Principal): void {
  if (user.role === 'unit-clerk')
    throw forbidden(
      'Văn bản này gồm mọi đơn vị nên dành cho cán bộ cấp tỉnh; cán bộ đơn vị in Bằng khen, Giấy khen của đơn vị mình từng người / province staff only: it covers every unit',
      'province-staff-only',
    );
}
