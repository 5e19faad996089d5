import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DOSSIER_FILE_TYPES, EDITABLE } from '@thidua/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { authorize, type Principal } from '../auth/principal.js';
import { badRequest, conflict, notFound } from '../common/errors.js';
import { DossierDocument, now } from '../database/entities/index.js';
import { Transactions } from '../database/transactions.js';
import { type FileStore } from '../storage/file-store.js';
import { NominationsService } from './nominations.service.js';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Accepted files, recognised by their first bytes, not by the name the browser sends. */
const SIGNATURES: { mime: string; ext: string; magic: number[] }[] = [
  { mime: 'application/pdf', ext: 'pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: 'docx',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  { mime: 'image/png', ext: 'png', magic: [0x89, 0x50, 0x4e, 0x47] },
  { mime: 'image/jpeg', ext: 'jpg', magic: [0xff, 0xd8, 0xff] },
];

export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** Dossier documents: stored by checksum (never by a user-given name) in the file store. */
@Injectable()
export class DossierService {
  constructor(
    private readonly ds: DataSource,
    private readonly nominations: NominationsService,
    private readonly tx: Transactions,
    private readonly audit: AuditService,
    private readonly files: FileStore,
  ) {}

  async upload(
    user: Principal,
    nominationId: number,
    type: string,
    file: UploadedFile | undefined,
  ): Promise<DossierDocument> {
    authorize(user, 'create', 'documents');
    if (!file) throw badRequest('file: hãy chọn tệp để tải lên / attach a file', 'file-required');
    if (!(DOSSIER_FILE_TYPES as readonly string[]).includes(type))
      throw badRequest(
        `type: loại giấy tờ "${type}" không hợp lệ; dùng: ${DOSSIER_FILE_TYPES.join(', ')}`,
        'bad-document-type',
      );
    if (file.size > MAX_DOCUMENT_BYTES)
      throw badRequest(
        `file: tệp quá lớn (${Math.round(file.size / 1024)} KB), tối đa 10 MB / file too large`,
        'file-too-large',
      );
    const kind = SIGNATURES.find((s) => s.magic.every((b, i) => file.buffer[i] === b));
    if (!kind) throw badRequest('file: chỉ nhận PDF, DOCX, PNG hoặc JPG / only PDF, DOCX, PNG or JPG', 'bad-file-type');
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    return this.tx.run(async (em) => {
      const n = await this.nominations.getForUpdate(user, nominationId, em);
      if (!EDITABLE.includes(n.status as never))
        throw conflict(
          'Hồ sơ chỉ thay đổi được khi đề nghị là dự thảo hoặc bị trả lại / the dossier is locked once submitted',
          'not-editable',
        );
      await this.files.put(file.buffer);
      const safeName =
        file.originalname
          .normalize('NFC')
          .replace(/[^\p{L}\p{M}\p{N}._ -]/gu, '_')
          .slice(0, 200) || `tai-lieu.${kind.ext}`;
      const doc = await em.getRepository(DossierDocument).save(
        em.getRepository(DossierDocument).create({
          nominationId,
          type,
          fileName: safeName,
          mimeType: kind.mime,
          size: file.size,
          sha256,
          uploadedBy: user.id,
          uploadedAt: now(),
        }),
      );
      await this.audit.record(em, user, {
        action: 'document.upload',
        entity: 'nominations',
        entityId: nominationId,
        provinceSlug: n.provinceSlug,
        after: doc,
      });
      return doc;
    });
  }

  async download(
    user: Principal,
    nominationId: number,
    documentId: number,
  ): Promise<{ doc: DossierDocument; bytes: Buffer }> {
    await this.nominations.get(user, nominationId);
    const doc = await this.find(nominationId, documentId);
    return { doc, bytes: await this.files.get(doc.sha256) };
  }

  remove(user: Principal, nominationId: number, documentId: number): Promise<DossierDocument> {
    authorize(user, 'delete', 'documents');
    return this.tx.run(async (em) => {
      const n = await this.nominations.getForUpdate(user, nominationId, em);
      if (!EDITABLE.includes(n.status as never))
        throw conflict('Hồ sơ đã khóa sau khi gửi / the dossier is locked once submitted', 'not-editable');
      const doc = await this.find(nominationId, documentId, em);
      await em.getRepository(DossierDocument).delete({ id: doc.id });
      await this.audit.record(em, user, {
        action: 'document.delete',
        entity: 'nominations',
        entityId: nominationId,
        provinceSlug: n.provinceSlug,
        before: doc,
      });
      return doc;
    });
  }

  private async find(
    nominationId: number,
    documentId: number,
    em: EntityManager = this.ds.manager,
  ): Promise<DossierDocument> {
    const doc = await em.getRepository(DossierDocument).findOneBy({ id: documentId, nominationId });
    if (!doc) throw notFound('Không tìm thấy tài liệu / document not found');
    return doc;
  }
}
