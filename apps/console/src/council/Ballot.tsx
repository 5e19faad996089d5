import { Box, Button, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { AgendaItem } from './types';

const CHOICES = ['agree', 'disagree', 'abstain'] as const;

/** 37.5 → "37,5" in Vietnamese. */
const num = (x: number, locale: string) => x.toLocaleString(locale === 'en' ? 'en-US' : 'vi-VN');

/**
 * One member's ballot for one nomination: three large vote buttons, or a score per criterion with the total.
 * One column on a phone: inputs and buttons take the full width and at least 48 px of height.
 */
export function Ballot({
  item,
  memberId,
  mode,
  onVote,
  onScores,
}: {
  item: AgendaItem;
  memberId: number;
  mode: 'votes' | 'scores';
  onVote: (choice: string) => void;
  onScores: (scores: { criterionId: string; points: number }[]) => Promise<unknown>;
}) {
  const translate = useTranslate();
  if (mode === 'votes') {
    const mine = item.votes.find((v) => v.memberId === memberId)?.choice ?? null;
    return (
      <ToggleButtonGroup
        exclusive
        fullWidth
        color="primary"
        value={mine}
        aria-label={translate('council.your_vote')}
        onChange={(_, choice: string | null) => choice && onVote(choice)}
        sx={{ mt: 1, flexDirection: { xs: 'column', sm: 'row' } }}
      >
        {CHOICES.map((c) => (
          <ToggleButton key={c} value={c} sx={{ minHeight: 48 }} data-testid={`vote-${c}`}>
            {translate(`council.choices.${c}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    );
  }
  return <ScoreSheet item={item} memberId={memberId} onSave={onScores} />;
}

function ScoreSheet({
  item,
  memberId,
  onSave,
}: {
  item: AgendaItem;
  memberId: number;
  onSave: (scores: { criterionId: string; points: number }[]) => Promise<unknown>;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const sheet = item.sheet ?? [];
  const stored = () =>
    Object.fromEntries(
      item.scores.filter((s) => s.memberId === memberId).map((s) => [s.criterionId, String(s.points)]),
    ) as Record<string, string>;
  const [values, setValues] = useState<Record<string, string>>(stored);
  // Another member's (or the live) sheet: start again from what is stored.
  useEffect(() => setValues(stored()), [memberId, item.nominationId]);
  const parse = (v: string | undefined) => (v === undefined || v.trim() === '' ? NaN : Number(v.replace(',', '.')));
  const valid = (c: (typeof sheet)[number]) => {
    const x = parse(values[c.id]);
    return Number.isFinite(x) && x >= 0 && x <= c.points;
  };
  const complete = sheet.every(valid);
  const total = sheet.reduce((s, c) => s + (valid(c) ? parse(values[c.id]) * c.weight : 0), 0);
  const max = sheet.reduce((s, c) => s + c.points * c.weight, 0);
  return (
    <Box sx={{ mt: 1 }} data-testid={`score-sheet-${item.nominationId}`}>
      <Stack spacing={1.5}>
        {sheet.map((c) => (
          <TextField
            key={c.id}
            fullWidth
            label={c.text}
            value={values[c.id] ?? ''}
            error={values[c.id] !== undefined && values[c.id] !== '' && !valid(c)}
            helperText={`${translate('council.of_points', { points: num(c.points, locale) })}${c.weight !== 1 ? ` · ${translate('council.weight', { weight: num(c.weight, locale) })}` : ''}`}
            onChange={(e) => setValues({ ...values, [c.id]: e.target.value })}
            slotProps={{
              htmlInput: { inputMode: 'decimal', 'data-testid': `score-${c.id}`, style: { minHeight: 32 } },
            }}
          />
        ))}
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 1, alignItems: { sm: 'center' } }}>
        <Typography sx={{ flexGrow: 1 }} data-testid="sheet-total">
          {translate('council.total', { total: num(Math.round(total * 100) / 100, locale), max: num(max, locale) })}
        </Typography>
        <Button
          variant="contained"
          disabled={!complete}
          sx={{ minHeight: 48 }}
          data-testid="save-scores"
          onClick={() => void onSave(sheet.map((c) => ({ criterionId: c.id, points: parse(values[c.id]) })))}
        >
          {translate('council.save_scores')}
        </Button>
      </Stack>
    </Box>
  );
}
