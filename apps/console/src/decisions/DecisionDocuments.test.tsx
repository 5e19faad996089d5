import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { DecisionDocuments } from './DecisionDocuments';

const job = (status: string, progress: number) => ({
  id: 5,
  kind: 'certificates',
  format: 'pdf',
  status,
  progress,
  total: 3,
  error: null,
});

describe('decision documents', () => {
  it('offers a watermarked preview of a draft, not the official files', async () => {
    const previewDecision = vi.fn().mockResolvedValue('<html><body><div class="watermark">DỰ THẢO</div></body></html>');
    renderAsRole(
      <DecisionDocuments decision={{ id: 9, status: 'draft', number: '12/QĐ-UBND' }} />,
      'home-affairs',
      fakeDataProvider({ previewDecision }),
    );
    expect(screen.getByText(/mang dấu "DỰ THẢO" trên mọi trang/)).toBeInTheDocument();
    expect(screen.queryByTestId('download-decision-pdf')).not.toBeInTheDocument();
    expect(screen.queryByTestId('certificates')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước danh sách kèm theo' }));
    const frame = await screen.findByTitle('Bản xem trước của dự thảo');
    expect(previewDecision).toHaveBeenCalledWith(9, 'annex');
    expect(frame.getAttribute('srcdoc')).toContain('DỰ THẢO');
    // Sandboxed: the page is shown, nothing in it runs.
    expect(frame.getAttribute('sandbox')).toBe('');
  });

  it('tells a unit clerk the draft is for province staff instead of offering a preview the api refuses', () => {
    renderAsRole(
      <DecisionDocuments decision={{ id: 9, status: 'draft', number: '12/QĐ-UBND' }} />,
      'unit-clerk',
      fakeDataProvider({}),
    );
    expect(screen.getByText(/chỉ cán bộ cấp tỉnh xem trước được/)).toBeInTheDocument();
    expect(screen.queryByTestId('preview-decision')).not.toBeInTheDocument();
  });

  it('runs the certificates job, shows its progress, then offers the file', async () => {
    const startCertificates = vi.fn().mockResolvedValue(job('running', 1));
    const poll = vi.fn().mockResolvedValueOnce(job('running', 2)).mockResolvedValue(job('done', 3));
    renderAsRole(
      <DecisionDocuments decision={{ id: 9, status: 'issued', number: '12/QĐ-UBND' }} />,
      'home-affairs',
      fakeDataProvider({ startCertificates, job: poll }),
    );
    expect(screen.getByTestId('download-decision-pdf')).toHaveTextContent('Quyết định (PDF)');
    fireEvent.click(screen.getByRole('button', { name: 'PDF' }));
    expect(await screen.findByText('Đang tạo: 1/3')).toBeInTheDocument();
    expect(await screen.findByText('Đang tạo: 2/3', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(await screen.findByTestId('certificates-download', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(startCertificates).toHaveBeenCalledWith(9, 'pdf');
    expect(poll).toHaveBeenCalledWith(5);
  });
});
