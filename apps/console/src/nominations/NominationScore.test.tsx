import { screen } from '@testing-library/react';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/i18nProvider';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { NominationScore } from './NominationScore';
import type { NominationScore as Score } from './types';

const score: Score = {
  value: 85.5,
  max: 100,
  passMark: 70,
  rankTop: null,
  pending: 0,
  reachesPassMark: true,
  rank: 3,
};

describe('the nomination’s score', () => {
  it('shows score of max with the decimal comma, the pass mark and the rank, in Vietnamese', () => {
    renderAsRole(<NominationScore score={score} />, 'viewer', fakeDataProvider({}));
    expect(screen.getByTestId('nomination-score')).toHaveTextContent(/^Điểm: 85,5\/100 · điểm đạt 70 · xếp hạng 3$/);
  });

  it('says the top N and the criteria still waiting for a verdict', () => {
    renderAsRole(
      <NominationScore score={{ ...score, value: 60.25, passMark: null, rankTop: 5, pending: 2 }} />,
      'viewer',
      fakeDataProvider({}),
    );
    expect(screen.getByTestId('nomination-score')).toHaveTextContent(
      /^Điểm: 60,25\/100 · xếp hạng 3 \(xét 5 cao nhất\) · 2 tiêu chí chờ đánh giá$/,
    );
  });

  it('says it in English in English mode', () => {
    renderAsRole(
      <NominationScore score={{ ...score, pending: 1 }} />,
      'viewer',
      fakeDataProvider({}),
      polyglotI18nProvider(() => messages.en, 'en'),
    );
    expect(screen.getByTestId('nomination-score')).toHaveTextContent(
      /^Score: 85\.5\/100 · pass mark 70 · rank 3 · 1 criterion awaiting verdict$/,
    );
  });

  it('shows nothing for a phase that does not score with points', () => {
    renderAsRole(<NominationScore score={null} />, 'viewer', fakeDataProvider({}));
    expect(screen.queryByTestId('nomination-score')).not.toBeInTheDocument();
  });
});
