#!/usr/bin/env node
// Document rendering figures for packages/documents (pure rendering, no database): certificates per second as
// HTML and as PDF (the shared Debian Chromium), and the time to produce a decision with 1,000 awardees (decision +
// annex) and all its certificates, as PDF (in one print, and in prints of 50 merged, as the api's job does) and DOCX. Build first: pnpm --filter @thidua/documents build.
//   node bench/documents/run.mjs                 # 1,000 awardees
//   node bench/documents/run.mjs --awardees 200
import {
  certificateFor,
  certificatesFor,
  closeBrowser,
  exampleDecision,
  mergePdfs,
  render,
  toDocx,
  toPdf,
} from '../../packages/documents/dist/index.js';

const i = process.argv.indexOf('--awardees');
const AWARDEES = i > 0 ? Number(process.argv[i + 1]) : 1000;
const decision = exampleDecision(Math.round(AWARDEES / 5), AWARDEES - Math.round(AWARDEES / 5));
const awardees = [...decision.collectives, ...decision.individuals];

async function timed(fn) {
  const t = process.hrtime.bigint();
  const out = await fn();
  return { out, ms: Number(process.hrtime.bigint() - t) / 1e6 };
}
const rate = (n, ms) => `${(n / (ms / 1000)).toFixed(n / (ms / 1000) < 10 ? 1 : 0)}/s`;
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (b) => `${(b.length / 1048576).toFixed(1)} MB`;

// Warm up: templates compiled, font CSS built, Chromium started.
await toPdf(render('certificate', certificateFor(decision, awardees[0])));

const html = await timed(async () => awardees.map((a) => render('certificate', certificateFor(decision, a))));
const singles = Math.min(50, awardees.length);
const pdfOne = await timed(async () => {
  for (let k = 0; k < singles; k++) await toPdf(html.out[k]);
});
const certificates = certificatesFor(decision);
const allHtml = render('certificates', { title: 'Bằng khen', date: decision.head.date, certificates });
const pdfAll = await timed(() => toPdf(allHtml));
const CHUNK = 50;
const pdfChunked = await timed(async () => {
  const chunks = [];
  for (let k = 0; k < certificates.length; k += CHUNK)
    chunks.push(
      await toPdf(
        render('certificates', {
          title: 'Bằng khen',
          date: decision.head.date,
          certificates: certificates.slice(k, k + CHUNK),
        }),
      ),
    );
  return mergePdfs(chunks, decision.head.date);
});
const docxAll = await timed(() => toDocx(allHtml));
const decisionPdf = await timed(() => toPdf(render('decision', decision)));
const decisionDocx = await timed(() => toDocx(render('decision', decision)));
await closeBrowser();

const rows = [
  ['certificate → HTML, one by one', rate(awardees.length, html.ms), `${awardees.length} in ${sec(html.ms)}`],
  ['certificate → PDF, one file each', rate(singles, pdfOne.ms), `${singles} in ${sec(pdfOne.ms)}`],
  [
    `all ${awardees.length} certificates → one PDF`,
    rate(awardees.length, pdfAll.ms),
    `${sec(pdfAll.ms)}, ${mb(pdfAll.out)}`,
  ],
  [
    `all ${awardees.length} certificates → PDF, ${CHUNK} a print, merged`,
    rate(awardees.length, pdfChunked.ms),
    `${sec(pdfChunked.ms)}, ${mb(pdfChunked.out)}`,
  ],
  [
    `all ${awardees.length} certificates → one DOCX`,
    rate(awardees.length, docxAll.ms),
    `${sec(docxAll.ms)}, ${mb(docxAll.out)}`,
  ],
  [`decision + annex of ${awardees.length} → PDF`, '', sec(decisionPdf.ms)],
  [`decision + annex of ${awardees.length} → DOCX`, '', sec(decisionDocx.ms)],
  [`decision + annex + all certificates (PDF, chunked)`, '', sec(decisionPdf.ms + pdfChunked.ms)],
];
const w = [Math.max(...rows.map((r) => r[0].length)), 10];
console.log(
  `Documents, ${awardees.length} awardees (${decision.collectives.length} collectives, ${decision.individuals.length} individuals), Node ${process.version}`,
);
for (const [a, b, c] of rows) console.log(`  ${a.padEnd(w[0])}  ${b.padStart(w[1])}  ${c}`);
