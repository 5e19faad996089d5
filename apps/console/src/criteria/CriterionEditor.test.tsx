import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Criterion } from '@thidua/domain';
import { useState } from 'react';
import { HttpError } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { CriterionEditor } from './CriterionEditor';
import { type CriterionDraft, drafts } from './draft';

const criterion: Criterion = {
  id: 'dti-huyen',
  tier: 'district',
  kind: 'threshold',
  text: 'DTI trên 70 điểm',
  indicator: 'dti-score',
  operator: '>',
  threshold: 70,
  source: 'III.1.b',
};
type Version = { version: number; criteria: Criterion[] };

/** The editor as the criteria page holds it: the draft in state and sessionStorage; after a conflict the page refetches. */
function Harness({ initial, refetched }: { initial: Version; refetched?: Version }) {
  const [current, setCurrent] = useState(initial);
  const [draft, setDraft] = useState<CriterionDraft | null>({
    mode: 'edit',
    criterionId: criterion.id,
    baseVersion: initial.version,
    criterion: { ...criterion },
    reason: '',
  });
  const change = (d: CriterionDraft | null) => {
    drafts.save('tinh-thu', d);
    setDraft(d);
  };
  if (!draft) return <p>saved</p>;
  return (
    <CriterionEditor
      slug="tinh-thu"
      draft={draft}
      current={current}
      tiers={['district']}
      onChange={change}
      onSaved={() => change(null)}
      onStale={() => refetched && setCurrent(refetched)}
    />
  );
}

describe('criterion editor', () => {
  it('sends the edit with its base version and reason', async () => {
    const changeCriteria = vi.fn().mockResolvedValue({ version: 2 });
    renderAsRole(
      <Harness initial={{ version: 1, criteria: [criterion] }} />,
      'province-admin',
      fakeDataProvider({ changeCriteria }),
    );
    expect(screen.getByTestId('criterion-save')).toBeDisabled(); // no reason yet
    fireEvent.change(screen.getByTestId('criterion-threshold'), { target: { value: '75' } });
    fireEvent.change(screen.getByTestId('criterion-reason'), { target: { value: 'Theo Quyết định sửa đổi' } });
    fireEvent.click(screen.getByTestId('criterion-save'));
    await waitFor(() =>
      expect(changeCriteria).toHaveBeenCalledWith('tinh-thu', 1, 'Theo Quyết định sửa đổi', {
        change: 'edit',
        criterionId: 'dti-huyen',
        criterion: { ...criterion, threshold: 75 },
      }),
    );
    expect(await screen.findByText('saved')).toBeInTheDocument();
  });

  it('on a stale edit (409) keeps what was typed, shows the other change, and saves again on the new version', async () => {
    const stale = new HttpError('Tiêu chí đã được người khác sửa', 409, { code: 'stale-criteria' });
    const changeCriteria = vi.fn().mockRejectedValueOnce(stale).mockResolvedValueOnce({ version: 3 });
    const theirs = { ...criterion, text: 'DTI từ 72 điểm (bản của người khác)' };
    renderAsRole(
      <Harness initial={{ version: 1, criteria: [criterion] }} refetched={{ version: 2, criteria: [theirs] }} />,
      'province-admin',
      fakeDataProvider({ changeCriteria }),
    );
    fireEvent.change(screen.getByTestId('criterion-text'), { target: { value: 'Nội dung tôi vừa nhập' } });
    fireEvent.change(screen.getByTestId('criterion-reason'), { target: { value: 'Lý do của tôi' } });
    fireEvent.click(screen.getByTestId('criterion-save'));

    expect(await screen.findByTestId('criteria-conflict')).toHaveTextContent('bản của người khác');
    expect(screen.getByTestId('criterion-text')).toHaveValue('Nội dung tôi vừa nhập');
    expect(drafts.load('tinh-thu')?.criterion.text).toBe('Nội dung tôi vừa nhập');
    expect(screen.getByTestId('criterion-save')).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: 'Lấy bản mới, giữ nội dung tôi đã nhập' }));
    fireEvent.click(screen.getByTestId('criterion-save'));
    await waitFor(() =>
      expect(changeCriteria).toHaveBeenLastCalledWith('tinh-thu', 2, 'Lý do của tôi', {
        change: 'edit',
        criterionId: 'dti-huyen',
        criterion: { ...criterion, text: 'Nội dung tôi vừa nhập' },
      }),
    );
  });

  it('shows any other refusal and keeps the draft', async () => {
    const changeCriteria = vi
      .fn()
      .mockRejectedValue(
        new HttpError('dti-huyen: indicator "x" is not in the catalogue', 400, { code: 'invalid-criterion' }),
      );
    renderAsRole(
      <Harness initial={{ version: 1, criteria: [criterion] }} />,
      'province-admin',
      fakeDataProvider({ changeCriteria }),
    );
    fireEvent.change(screen.getByTestId('criterion-reason'), { target: { value: 'Thử' } });
    fireEvent.click(screen.getByTestId('criterion-save'));
    expect(await screen.findByTestId('criteria-error')).toHaveTextContent('not in the catalogue');
    expect(screen.getByTestId('criterion-reason')).toHaveValue('Thử');
  });
});
