import { Box, LinearProgress, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';

type Limits = { collectives: number | null; individuals: number | null; combined: number | null };
export interface QuotaUse {
  id: string;
  phaseId: string;
  awardFormId: string;
  limits: Limits;
  decidedByHead: boolean;
  used: { collectives: number; individuals: number };
  remaining: Limits;
  /** How a share ("không quá 20% số đơn vị") was counted into the combined cap by the api; null for fixed caps. */
  share?: { of: 'units' | 'nominees'; value: number; base: number; cap: number } | null;
  source: string;
}

/** "20% của 12 đơn vị tham gia = 2 (làm tròn xuống)": the api's count, put in words (no arithmetic of our own). */
export function ShareLine({ share }: { share: NonNullable<QuotaUse['share']> }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const pct = (share.value * 100).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
  return (
    <Typography variant="caption" color="text.secondary" data-testid="quota-share">
      {translate('thidua.quota.share', {
        pct,
        base: share.base,
        of: translate(`thidua.quota.share_of_${share.of}`),
        cap: share.cap,
      })}
    </Typography>
  );
}

function Meter({ label, used, limit }: { label: string; used: number; limit: number }) {
  const translate = useTranslate();
  const full = used >= limit;
  return (
    <Box sx={{ mb: 0.5 }} data-testid="quota-meter-line">
      <Typography variant="body2">
        {label}: {translate('thidua.quota.meter', { used, limit, remaining: Math.max(limit - used, 0) })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={limit === 0 ? 100 : Math.min(100, (used / limit) * 100)}
        color={full ? 'error' : 'primary'}
        aria-label={label}
        sx={{ height: 8, borderRadius: 1 }}
      />
    </Box>
  );
}

/** Used and remaining places of one quota (phase × award form), optionally only the kind of nominee at hand. */
export function QuotaMeter({ use, recipient }: { use: QuotaUse | undefined; recipient?: 'collective' | 'individual' }) {
  const translate = useTranslate();
  if (!use) return <Typography variant="body2">{translate('thidua.quota.no_quota')}</Typography>;
  if (use.decidedByHead) return <Typography variant="body2">{translate('thidua.quota.unlimited')}</Typography>;
  const { limits, used } = use;
  return (
    <Box data-testid="quota-meter">
      {limits.collectives !== null && recipient !== 'individual' && (
        <Meter label={translate('thidua.quota.collectives')} used={used.collectives} limit={limits.collectives} />
      )}
      {limits.individuals !== null && recipient !== 'collective' && (
        <Meter label={translate('thidua.quota.individuals')} used={used.individuals} limit={limits.individuals} />
      )}
      {limits.combined !== null && (
        <Meter
          label={translate('thidua.quota.combined')}
          used={used.collectives + used.individuals}
          limit={limits.combined}
        />
      )}
      {use.share && <ShareLine share={use.share} />}
    </Box>
  );
}
