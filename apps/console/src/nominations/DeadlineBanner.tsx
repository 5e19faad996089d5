import { Alert } from '@mui/material';
import { type TranslateFunction, useGetList, useTranslate } from 'react-admin';
import { dmy } from '../common/dates';

export interface PhaseWindow {
  id: string;
  phaseId: string;
  name: string;
  open: boolean;
  closes: string;
  extendedTo: string | null;
  reason?: string;
}

/** "Sơ kết …: nhận đề nghị đến hết ngày 15/08/2024 (đã gia hạn)", from the api's window of a phase. */
export function windowMessage(translate: TranslateFunction, w: PhaseWindow): string {
  const key = w.open
    ? w.extendedTo
      ? 'open_extended'
      : 'open'
    : w.reason === 'not-started'
      ? 'not_started'
      : 'closed';
  return translate(`thidua.deadline.${key}`, { phase: w.name, date: dmy(w.closes) });
}

/** Whether the phase takes nominations today and until when (the api's clock and any extension). */
export function DeadlineBanner({ phaseId }: { phaseId: string | undefined }) {
  const translate = useTranslate();
  const { data = [] } = useGetList<PhaseWindow>('phase-windows', { pagination: { page: 1, perPage: 100 } });
  const w = data.find((x) => x.phaseId === phaseId);
  if (!w) return null;
  return (
    <Alert severity={w.open ? 'info' : 'warning'} data-testid="deadline-banner">
      {windowMessage(translate, w)}
    </Alert>
  );
}
