import { PDFDocument } from 'pdf-lib';

/**
 * Joins PDFs (the chunks of a long print) into one file, pages in order. Every date is the document's own date,
 * producer and creator are fixed and no random id is written, so the same chunks always give the same bytes.
 * The title is the first file's.
 */
export async function mergePdfs(pdfs: Buffer[], isoDate: string): Promise<Buffer> {
  const merged = await PDFDocument.create({ updateMetadata: false });
  let title: string | undefined;
  for (const pdf of pdfs) {
    const part = await PDFDocument.load(pdf, { updateMetadata: false });
    title ??= part.getTitle();
    for (const page of await merged.copyPages(part, part.getPageIndices())) merged.addPage(page);
  }
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (title) merged.setTitle(title);
  merged.setProducer('@thidua/documents');
  merged.setCreator('@thidua/documents');
  merged.setCreationDate(date);
  merged.setModificationDate(date);
  return Buffer.from(await merged.save());
}
