import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { NominationScore as Score } from './types';

/** 85.5 → "85,5" in Vietnamese, "85.5" in English. */
const figure = (x: number, locale: string) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(x);

/**
 * The nomination's score in a phase that scores with points: score of the most it can get, the pass mark, its
 * rank where the plan takes the N best, and criteria still waiting for a verdict. Nothing for other phases.
 */
export function NominationScore({ score }: { score: Score | null | undefined }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!score) return null;
  const parts = [
    translate('thidua.nomination.score.value', {
      value: figure(score.value, locale),
      max: figure(score.max, locale),
    }),
    score.passMark !== null && translate('thidua.nomination.score.pass_mark', { mark: figure(score.passMark, locale) }),
    score.rank !== null &&
      (score.rankTop !== null
        ? translate('thidua.nomination.score.rank_top', { rank: score.rank, top: score.rankTop })
        : translate('thidua.nomination.score.rank', { rank: score.rank })),
    score.pending > 0 && translate('thidua.nomination.score.pending', { smart_count: score.pending }),
  ].filter(Boolean);
  return (
    <Typography variant="body2" sx={{ mt: 1, fontWeight: 500 }} data-testid="nomination-score">
      {parts.join(' · ')}
    </Typography>
  );
}
