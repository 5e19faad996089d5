import { Chip } from '@mui/material';
import type { NominationStatus } from '@thidua/domain';
import { type FieldProps, useRecordContext, useTranslate } from 'react-admin';
import { dmy, dmyTime } from './dates';
import { useProvince } from './province';

const value = (record: Record<string, unknown> | undefined, source: string) =>
  record?.[source] as string | null | undefined;

/** A date (or timestamp) shown dd/mm/yyyy. */
export function DateText({ source, time }: FieldProps & { source: string; time?: boolean }) {
  const record = useRecordContext();
  const v = value(record, source);
  return <span>{time ? dmyTime(v) : dmy(v)}</span>;
}

/** A value translated under a message prefix, e.g. tiers.district. */
export function LabelField({ source, prefix }: FieldProps & { source: string; prefix: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const v = value(record, source);
  return <span>{v ? translate(`${prefix}.${v}`, { _: v }) : ''}</span>;
}

const STATUS_COLOURS: Record<
  NominationStatus,
  'default' | 'primary' | 'secondary' | 'success' | 'error' | 'warning' | 'info'
> = {
  draft: 'default',
  submitted: 'info',
  returned: 'warning',
  aggregated: 'info',
  appraised: 'primary',
  approved: 'success',
  rejected: 'error',
  decided: 'secondary',
};

export function StatusChip({ status }: { status: NominationStatus }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={STATUS_COLOURS[status] ?? 'default'}
      label={translate(`statuses.${status}`)}
      data-status={status}
    />
  );
}

export function StatusField({ source = 'status' }: Partial<FieldProps>) {
  const record = useRecordContext();
  const v = value(record, source) as NominationStatus | undefined;
  return v ? <StatusChip status={v} /> : null;
}

/** Phase and award form ids shown by their names in the plan. */
export function PhaseField({ source = 'phaseId' }: Partial<FieldProps>) {
  const record = useRecordContext();
  const { manifest } = useProvince();
  const id = value(record, source);
  return <span>{manifest?.phases.find((p) => p.id === id)?.name ?? id}</span>;
}

export function AwardFormField({ source = 'awardFormId' }: Partial<FieldProps>) {
  const record = useRecordContext();
  const { manifest } = useProvince();
  const id = value(record, source);
  return <span>{manifest?.awardForms.find((f) => f.id === id)?.name ?? id}</span>;
}
