import { Alert, AlertTitle, Box, Button, MenuItem, TextField } from '@mui/material';
import { type Criterion, CRITERION_KINDS, INDICATORS, OPERATORS } from '@thidua/domain';
import { useState } from 'react';
import { useDataProvider, useLocale, useNotify, useTranslate } from 'react-admin';
import { Section } from '../common/Section';
import type { ThiduaDataProvider } from '../providers/dataProvider';
import { errorCode } from '../providers/http';
import { DiffTable } from './DiffTable';
import { type CriterionDraft, drafts, toCriterion } from './draft';

interface Props {
  slug: string;
  draft: CriterionDraft;
  current: { version: number; criteria: Criterion[] };
  tiers: string[];
  onChange: (d: CriterionDraft | null) => void;
  onSaved: () => void;
  onStale: () => void;
}

/**
 * Add, edit or retire one criterion with a reason. A 409 (someone saved first) keeps everything typed, shows what
 * the other person changed next to the user's own text, and lets them rebase on the new version and save again.
 */
export function CriterionEditor({ slug, draft, current, tiers, onChange, onSaved, onStale }: Props) {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const dataProvider = useDataProvider<ThiduaDataProvider>();
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const c = draft.criterion;
  const set = (patch: Partial<Criterion>) => onChange({ ...draft, criterion: { ...c, ...patch } });
  const field = (
    name: keyof Criterion,
    props: { select?: string[][]; multiline?: boolean; type?: string; disabled?: boolean } = {},
  ) => (
    <TextField
      label={translate(`resources.criteria.fields.${name}`)}
      value={c[name] ?? ''}
      onChange={(e) => set({ [name]: e.target.value } as Partial<Criterion>)}
      select={!!props.select}
      multiline={props.multiline}
      minRows={props.multiline ? 3 : undefined}
      type={props.type}
      disabled={props.disabled || draft.mode === 'retire'}
      fullWidth={props.multiline}
      size="small"
      sx={{ minWidth: 200 }}
      slotProps={{ htmlInput: { 'data-testid': `criterion-${name}` } }}
    >
      {props.select?.map(([v, l]) => (
        <MenuItem key={v} value={v}>
          {l}
        </MenuItem>
      ))}
    </TextField>
  );

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = (await dataProvider.changeCriteria(
        slug,
        draft.baseVersion,
        draft.reason,
        draft.mode === 'add'
          ? { change: 'add', criterion: toCriterion(c) }
          : draft.mode === 'edit'
            ? { change: 'edit', criterionId: draft.criterionId!, criterion: toCriterion(c) }
            : { change: 'retire', criterionId: draft.criterionId! },
      )) as { version: number };
      notify('thidua.criteria.saved', { type: 'success', messageArgs: { version: saved.version } });
      drafts.save(slug, null);
      setStale(false);
      onSaved();
    } catch (e) {
      if (errorCode(e) === 'stale-criteria') {
        setStale(true);
        onStale();
      } else setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const theirs = current.criteria.find((x) => x.id === draft.criterionId);
  const rebased = stale && current.version === draft.baseVersion;
  return (
    <Section
      title={
        translate(`thidua.criteria.${draft.mode === 'add' ? 'add' : draft.mode}`) +
        (draft.criterionId ? ` · ${draft.criterionId}` : '')
      }
      testId="criterion-editor"
    >
      {stale && !rebased && (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          data-testid="criteria-conflict"
          action={
            <Button color="inherit" onClick={() => onChange({ ...draft, baseVersion: current.version })}>
              {translate('thidua.criteria.reload_and_keep')}
            </Button>
          }
        >
          <AlertTitle>{translate('thidua.criteria.conflict_title')}</AlertTitle>
          {translate('thidua.criteria.conflict_body', { version: current.version })}
          {draft.mode !== 'add' && (
            <DiffTable
              before={theirs}
              after={toCriterion(c)}
              beforeLabel={translate('thidua.criteria.version', { version: current.version })}
              afterLabel={translate('thidua.criteria.after')}
            />
          )}
        </Alert>
      )}
      {error && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="criteria-error">
          {error}
        </Alert>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
        {field('id', { disabled: draft.mode !== 'add' })}
        {field('tier', { select: tiers.map((t) => [t, translate(`tiers.${t}`)]) })}
        {field('kind', { select: CRITERION_KINDS.map((k) => [k, translate(`criterion_kinds.${k}`)]) })}
        {field('recipient', {
          select: [
            ['', '—'],
            ['collective', translate('recipients.collective')],
            ['individual', translate('recipients.individual')],
          ],
        })}
        {c.kind !== 'qualitative' &&
          field('indicator', { select: INDICATORS.map((i) => [i.id, locale === 'en' ? i.nameEn : i.name]) })}
        {c.kind !== 'qualitative' && field('operator', { select: OPERATORS.map((o) => [o, o]) })}
        {c.kind !== 'qualitative' && field('threshold', { type: 'number' })}
        {c.kind !== 'qualitative' && field('unit')}
        {field('source')}
        {field('text', { multiline: true })}
      </Box>
      <TextField
        label={translate('thidua.criteria.reason')}
        helperText={translate('thidua.criteria.reason_help')}
        value={draft.reason}
        onChange={(e) => onChange({ ...draft, reason: e.target.value })}
        fullWidth
        required
        multiline
        size="small"
        slotProps={{ htmlInput: { 'data-testid': 'criterion-reason' } }}
      />
      <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
        <Button
          variant="contained"
          color={draft.mode === 'retire' ? 'error' : 'primary'}
          disabled={busy || draft.reason.trim().length < 3 || (stale && !rebased)}
          onClick={save}
          data-testid="criterion-save"
        >
          {translate(draft.mode === 'retire' ? 'thidua.criteria.retire' : 'ra.action.save')}
        </Button>
        <Button
          onClick={() => {
            drafts.save(slug, null);
            onChange(null);
          }}
        >
          {translate('ra.action.cancel')}
        </Button>
      </Box>
    </Section>
  );
}
