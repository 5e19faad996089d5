import CloseIcon from '@mui/icons-material/Close';
import { Box, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { TIER_LABELS } from '@thidua/domain';
import { useTranslate } from 'react-admin';
import { type Locale, num, vnDate } from './format';
import type { DrillDown as DrillDownData } from './types';

/** One province: its figures per tier and its units (most awards first; at most 100 of `unitsTotal`). */
export function DrillDown({ data, locale, onClose }: { data: DrillDownData; locale: Locale; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }} aria-label={translate('thidua.national.drillDown')}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6">
          {translate('thidua.national.drillDown')}: {data.province.name}
        </Typography>
        <IconButton aria-label={translate('thidua.national.close')} onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Stack>
      <Table size="small" aria-label={translate('thidua.national.byTier')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('thidua.national.tier')}</TableCell>
            <TableCell align="right">{translate('thidua.national.units')}</TableCell>
            <TableCell align="right">{translate('thidua.national.registeredShare')}</TableCell>
            <TableCell align="right">{translate('thidua.national.nominationsSent')}</TableCell>
            <TableCell align="right">{translate('thidua.national.awards')}</TableCell>
            <TableCell align="right">{translate('thidua.national.awardsPer100Units')}</TableCell>
            <TableCell align="right">{translate('thidua.national.reportsOnTimeShare')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.byTier.map((t) => (
            <TableRow key={t.tier}>
              <TableCell>{TIER_LABELS[t.tier][locale]}</TableCell>
              <TableCell align="right">{num(t.counts.units, locale, 0)}</TableCell>
              <TableCell align="right">{num(t.figures.registeredShare.value, locale)}</TableCell>
              <TableCell align="right">{num(t.figures.nominations.value, locale, 0)}</TableCell>
              <TableCell align="right">{num(t.counts.awards, locale, 0)}</TableCell>
              <TableCell align="right">{num(t.figures.awardsPer100Units.value, locale)}</TableCell>
              <TableCell align="right">{num(t.figures.reportsOnTimeShare.value, locale)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('thidua.national.unitsShown', { shown: data.units.length, total: data.unitsTotal })}
      </Typography>
      <Table size="small" aria-label={translate('thidua.national.unitList')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('thidua.national.unit')}</TableCell>
            <TableCell>{translate('thidua.national.tier')}</TableCell>
            <TableCell align="right">{translate('thidua.national.staff')}</TableCell>
            <TableCell>{translate('thidua.national.registered')}</TableCell>
            <TableCell align="right">{translate('thidua.national.nominationsSent')}</TableCell>
            <TableCell align="right">{translate('thidua.national.approvals')}</TableCell>
            <TableCell align="right">{translate('thidua.national.awards')}</TableCell>
            <TableCell align="right">{translate('thidua.national.reportsOnTime')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.units.map((u) => (
            <TableRow key={u.id}>
              <TableCell>
                {u.name}
                {u.validTo ? (
                  <Typography variant="caption" component="div">
                    {translate('thidua.national.validTo', { date: vnDate(u.validTo, locale) })}
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell>{TIER_LABELS[u.tier][locale]}</TableCell>
              <TableCell align="right">{num(u.staffCount, locale, 0)}</TableCell>
              <TableCell>{translate(u.registered ? 'thidua.national.yes' : 'thidua.national.no')}</TableCell>
              <TableCell align="right">{u.nominations}</TableCell>
              <TableCell align="right">{u.approvals}</TableCell>
              <TableCell align="right">{u.awards}</TableCell>
              <TableCell align="right">
                {u.reportsOnTime} / {u.reports}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
