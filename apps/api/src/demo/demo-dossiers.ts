import type { ProvinceManifest } from '@thidua/domain';
import { type EntityManager, Not } from 'typeorm';
import { DossierDocument, Nomination } from '../database/entities/index.js';
import { requiredDocuments } from '../nominations/nomination-checks.js';
import type { FileStore } from '../storage/file-store.js';

/** A one-page PDF saying it is a sample, the file behind every demo dossier document. */
export function samplePdf(): Buffer {
  const text = 'thidua - tai lieu mau (du lieu demo)';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length + 33} >>\nstream\nBT /F1 14 Tf 72 770 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/**
 * Gives every demo nomination past its draft the documents its plan requires, as the api requires them before a
 * submission: a newcomer opening a sent nomination sees a complete dossier, not "Hồ sơ còn thiếu". Drafts keep
 * theirs to fill in.
 */
export async function attachDemoDossiers(
  em: EntityManager,
  manifests: ProvinceManifest[],
  files: FileStore,
): Promise<void> {
  const bytes = samplePdf();
  const sha256 = await files.put(bytes);
  const sent = await em.getRepository(Nomination).findBy({ status: Not('draft') });
  const rows = sent.flatMap((n) => {
    const manifest = manifests.find((m) => m.slug === n.provinceSlug);
    return (manifest ? requiredDocuments(manifest, n) : []).map((d) => ({
      nominationId: n.id,
      type: d.type,
      fileName: `${d.name.slice(0, 200)}.pdf`,
      mimeType: 'application/pdf',
      size: bytes.length,
      sha256,
      uploadedBy: n.createdBy,
      uploadedAt: n.submittedAt ?? n.createdAt,
    }));
  });
  // In slices: SQLite takes at most 32,766 parameters a statement.
  for (let i = 0; i < rows.length; i += 500) await em.getRepository(DossierDocument).insert(rows.slice(i, i + 500));
}
