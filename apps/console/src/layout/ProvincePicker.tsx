import { MenuItem, TextField } from '@mui/material';
import { compareVietnamese } from '@thidua/domain';
import { useGetList, useRefresh, useTranslate } from 'react-admin';
import { useProvinceSlug } from '../common/province';
import { session } from '../providers/session';

/** A national administrator looks at one province at a time; everyone else has theirs. */
export function ProvincePicker() {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [slug, pick] = useProvinceSlug();
  const isNational = session.user()?.role === 'national-admin';
  const { data = [] } = useGetList(
    'province-summaries',
    { pagination: { page: 1, perPage: 100 } },
    { enabled: isNational },
  );
  if (!isNational) return null;
  return (
    <TextField
      select
      size="small"
      label={translate('thidua.province.pick')}
      value={slug ?? ''}
      onChange={(e) => {
        pick(e.target.value);
        refresh();
      }}
      sx={{
        width: { xs: 120, sm: 200 },
        flexShrink: 0,
        mr: 1,
        '& .MuiInputBase-root': { bgcolor: 'background.paper' },
      }}
      slotProps={{ htmlInput: { 'data-testid': 'province-picker' } }}
    >
      {[...data]
        .sort((a, b) => compareVietnamese(a.name, b.name))
        .map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {p.name}
          </MenuItem>
        ))}
    </TextField>
  );
}
