import { Box, Tooltip, Typography } from '@mui/material';
import type { ProvinceManifest } from '@thidua/domain';
import { useTranslate } from 'react-admin';
import { dmy } from '../common/dates';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The plan's phases as bars on one time axis, with today marked. */
export function PlanTimeline({ manifest, today }: { manifest: ProvinceManifest; today: string | undefined }) {
  const translate = useTranslate();
  const phases = manifest.phases;
  const start = Math.min(day(manifest.movement.span.from), ...phases.map((p) => day(p.period.from)));
  const end = Math.max(
    day(manifest.movement.span.to),
    ...phases.map((p) => day(p.nominationDeadline ?? p.period.to)),
    today ? day(today) : 0,
  );
  const share = (iso: string) => ((day(iso) - start) / Math.max(end - start, 1)) * 100;
  const pct = (iso: string) => `${share(iso)}%`;
  const years: number[] = [];
  for (let y = new Date(start * 86_400_000).getUTCFullYear() + 1; y <= new Date(end * 86_400_000).getUTCFullYear(); y++)
    years.push(y);
  return (
    <Box sx={{ position: 'relative', pt: 3, pb: 1 }} data-testid="plan-timeline">
      {years.map((y) => (
        <Box
          key={y}
          sx={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            left: pct(`${y}-01-01`),
            borderLeft: '1px dashed',
            borderColor: 'divider',
          }}
        >
          <Typography variant="caption" color="text.secondary" sx={{ pl: 0.5 }}>
            {y}
          </Typography>
        </Box>
      ))}
      {phases.map((p) => (
        <Box key={p.id} sx={{ position: 'relative', height: 30, mb: 0.5 }}>
          <Tooltip
            title={`${translate('thidua.province.period', { from: dmy(p.period.from), to: dmy(p.period.to) })}${p.nominationDeadline ? ` · ${translate('thidua.province.nomination_deadline', { date: dmy(p.nominationDeadline) })}` : ''} · ${translate('thidua.source', { source: p.source })}`}
          >
            <Box
              sx={{
                position: 'absolute',
                left: pct(p.period.from),
                width: `max(calc(${pct(p.period.to)} - ${pct(p.period.from)}), 4px)`,
                top: 4,
                height: 22,
                bgcolor:
                  p.kind === 'launch' ? 'info.light' : p.kind === 'final-review' ? 'secondary.light' : 'primary.light',
                borderRadius: 1,
                overflow: 'visible',
                whiteSpace: 'nowrap',
              }}
              data-testid={`phase-${p.id}`}
            >
              {/* Labels of phases late on the axis run leftwards so they stay inside the card. */}
              <Typography
                variant="caption"
                sx={{
                  px: 0.5,
                  lineHeight: '22px',
                  color: 'text.primary',
                  ...(share(p.period.from) > 55 ? { position: 'absolute', right: 0 } : {}),
                }}
              >
                {p.name}
              </Typography>
            </Box>
          </Tooltip>
        </Box>
      ))}
      {today && (
        <Box
          sx={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            left: pct(today),
            borderLeft: '2px solid',
            borderColor: 'error.main',
          }}
          data-testid="timeline-today"
        >
          <Typography
            variant="caption"
            sx={{ color: 'error.main', pl: 0.5, bgcolor: 'background.paper', whiteSpace: 'nowrap' }}
          >
            {translate('thidua.province.today', { date: dmy(today) })}
          </Typography>
        </Box>
      )}
    </Box>
  );
}
