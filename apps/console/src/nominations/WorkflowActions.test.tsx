import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import type { NominationDetails } from './types';
import { WorkflowActions } from './WorkflowActions';

const nomination = (status: NominationDetails['status']): NominationDetails => ({
  id: 41,
  provinceSlug: 'tinh-thu',
  phaseId: 'so-ket',
  awardFormId: 'bang-khen',
  recipient: 'collective',
  nominatingUnitId: 3,
  nomineeUnitId: 3,
  nomineePersonId: null,
  nomineeName: 'Sở Y tế',
  tier: 'provincial-agency',
  status,
  achievements: '',
  criteriaVersion: 1,
  criteriaStatus: 'passed',
  returnReason: null,
  decisionId: null,
  history: [],
  documents: [],
  checks: [],
  checklist: [],
  score: null,
});
const quota = {
  id: 'so-ket|bang-khen',
  phaseId: 'so-ket',
  awardFormId: 'bang-khen',
  limits: { collectives: 8, individuals: 8, combined: null },
  decidedByHead: false,
  used: { collectives: 8, individuals: 1 },
  remaining: { collectives: 0, individuals: 7, combined: null },
  source: 'III.4',
};

function provider(act = vi.fn().mockResolvedValue({})) {
  return {
    act,
    dp: fakeDataProvider({ getList: () => Promise.resolve({ data: [quota], total: 1 }), nominationAction: act }),
  };
}

describe('workflow actions', () => {
  it('offers home affairs approve and reject on an appraised nomination, with the quota meter beside approval', async () => {
    renderAsRole(<WorkflowActions nomination={nomination('appraised')} />, 'home-affairs', provider().dp);
    expect(screen.getByRole('button', { name: 'Duyệt' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Không duyệt' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi đề nghị' })).not.toBeInTheDocument();
    expect(await screen.findByText('Tập thể: Đã dùng 8 / 8, còn 0')).toBeInTheDocument();
  });

  it('gives a unit clerk nothing to do once the nomination has left the unit', () => {
    renderAsRole(<WorkflowActions nomination={nomination('aggregated')} />, 'unit-clerk', provider().dp);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByText('Vai trò của bạn không có thao tác nào ở trạng thái này.')).toBeInTheDocument();
  });

  it('asks for a reason before returning, and sends it', async () => {
    const { act, dp } = provider();
    renderAsRole(<WorkflowActions nomination={nomination('submitted')} />, 'information-department', dp);
    fireEvent.click(screen.getByRole('button', { name: 'Trả lại' }));
    const confirm = await screen.findByTestId('confirm-action');
    expect(confirm).toBeDisabled();
    fireEvent.change(screen.getByTestId('reason'), { target: { value: 'Thiếu biên bản họp Hội đồng' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(act).toHaveBeenCalledWith(41, 'return', 'Thiếu biên bản họp Hội đồng'));
  });

  it("shows the api's refusal when another approval took the last place meanwhile", async () => {
    const refusal = Object.assign(new Error('Đã hết chỉ tiêu: "Bằng khen" trong "Sơ kết" không quá 08 tập thể.'), {
      status: 409,
    });
    const oneLeft = {
      ...quota,
      used: { collectives: 7, individuals: 1 },
      remaining: { ...quota.remaining, collectives: 1 },
    };
    const dp = fakeDataProvider({
      getList: () => Promise.resolve({ data: [oneLeft], total: 1 }),
      nominationAction: vi.fn().mockRejectedValue(refusal),
    });
    renderAsRole(<WorkflowActions nomination={nomination('appraised')} />, 'home-affairs', dp);
    await screen.findByText('Tập thể: Đã dùng 7 / 8, còn 1');
    fireEvent.click(screen.getByRole('button', { name: 'Duyệt' }));
    expect(await screen.findByText(/Đã hết chỉ tiêu: "Bằng khen"/)).toBeInTheDocument();
  });

  it('disables approval at 0 places left and says why', async () => {
    renderAsRole(<WorkflowActions nomination={nomination('appraised')} />, 'home-affairs', provider().dp);
    expect(await screen.findByTestId('blocked-approve')).toHaveTextContent('Đã hết chỉ tiêu');
    expect(screen.getByRole('button', { name: 'Duyệt' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Không duyệt' })).toBeEnabled();
  });

  it('keeps submit disabled while the dossier lacks documents, naming them', () => {
    const incomplete = {
      ...nomination('draft'),
      checklist: [
        { type: 'submission-letter', name: 'Tờ trình', provided: true },
        { type: 'council-minutes', name: 'Biên bản họp Hội đồng', provided: false },
      ],
    };
    renderAsRole(<WorkflowActions nomination={incomplete} />, 'unit-clerk', provider().dp);
    expect(screen.getByRole('button', { name: 'Gửi đề nghị' })).toBeDisabled();
    expect(screen.getByTestId('blocked-submit')).toHaveTextContent('Biên bản họp Hội đồng');
  });

  it('asks for confirmation before submitting, saying the dossier locks', async () => {
    const { act, dp } = provider();
    const complete = {
      ...nomination('draft'),
      checklist: [{ type: 'submission-letter', name: 'Tờ trình', provided: true }],
    };
    renderAsRole(<WorkflowActions nomination={complete} />, 'unit-clerk', dp);
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đề nghị' }));
    expect(await screen.findByTestId('confirm-text')).toHaveTextContent('hồ sơ bị khóa');
    expect(act).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('confirm-action'));
    await waitFor(() => expect(act).toHaveBeenCalledWith(41, 'submit', undefined));
  });
});
