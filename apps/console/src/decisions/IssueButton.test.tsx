import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it, vi } from 'vitest';
import { messages } from '../i18n/i18nProvider';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { IssueButton } from './IssueButton';
import type { DecisionRecord } from './types';

const draft: DecisionRecord = {
  id: 4,
  number: '125/QĐ-UBND',
  signedOn: '2024-09-05',
  signerName: 'Nguyễn Văn Ánh',
  signerTitle: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH',
  phaseId: 'p1',
  awardFormId: 'bang-khen',
  status: 'draft',
  issuedAt: null,
  nominationIds: [1, 2, 3],
  awardees: [
    { id: 1, recipient: 'collective' },
    { id: 2, recipient: 'collective' },
    { id: 3, recipient: 'individual' },
  ],
};

describe('issuing a decision', () => {
  it('names what cannot be undone: the number and date, how many awardees, the nominations becoming decided', async () => {
    const issueDecision = vi.fn().mockResolvedValue({ ...draft, status: 'issued' });
    renderAsRole(<IssueButton decision={draft} />, 'home-affairs', fakeDataProvider({ issueDecision }));
    fireEvent.click(screen.getByTestId('issue-decision'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Ban hành quyết định 125/QĐ-UBND?')).toBeInTheDocument();
    expect(within(dialog).getByTestId('issue-confirm').textContent).toBe(
      [
        'Quyết định số 125/QĐ-UBND, ngày ký 05/09/2024, người ký: KT. CHỦ TỊCH – PHÓ CHỦ TỊCH Nguyễn Văn Ánh.',
        'Khen thưởng 3 tập thể, cá nhân: 2 tập thể và 1 cá nhân.',
        '3 đề nghị trong quyết định chuyển sang trạng thái "Đã có quyết định"; số lượng được kiểm tra lại theo chỉ tiêu.',
        'Không thể hoàn tác: sau khi ban hành, quyết định không sửa, không xóa được, không thêm hay bớt được người được khen thưởng.',
      ].join(''),
    );
    // Cancelling issues nothing; confirming issues this decision.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(issueDecision).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('issue-decision'));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ban hành' }));
    await waitFor(() => expect(issueDecision).toHaveBeenCalledWith(4));
    expect(await screen.findByText('Đã ban hành quyết định')).toBeInTheDocument();
  });

  it('says the same in English in English mode', async () => {
    renderAsRole(
      <IssueButton decision={draft} />,
      'home-affairs',
      fakeDataProvider({}),
      polyglotI18nProvider(() => messages.en, 'en'),
    );
    fireEvent.click(screen.getByTestId('issue-decision'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Issue decision 125/QĐ-UBND?')).toBeInTheDocument();
    const text = within(dialog).getByTestId('issue-confirm').textContent;
    expect(text).toContain('Decision 125/QĐ-UBND, signed on 05/09/2024 by KT. CHỦ TỊCH – PHÓ CHỦ TỊCH Nguyễn Văn Ánh.');
    expect(text).toContain('Awardees: 3 (collectives: 2, individuals: 1).');
    expect(text).toContain('Nominations that become "Decided": 3');
    expect(text).toContain('This cannot be undone');
    expect(within(dialog).getByRole('button', { name: 'Issue' })).toBeInTheDocument();
  });

  it('waits for the awardees before it can be clicked (the list record has none)', () => {
    renderAsRole(<IssueButton decision={{ ...draft, awardees: undefined }} />, 'home-affairs', fakeDataProvider({}));
    expect(screen.getByTestId('issue-decision')).toBeDisabled();
  });
});
