import { Typography } from '@mui/material';
import { notStatedFields, type ProvinceManifest, type SilentField } from '@thidua/domain';
import { useTranslate } from 'react-admin';
import { Source } from '../common/Section';

/**
 * "Kế hoạch chưa quy định" where the plan leaves a field unsaid (its manifest lists it in `notStated`): an empty list
 * there means "not said", not "none", so the page says so instead of showing nothing or 0.
 */
export function NotStated({ manifest, field }: { manifest: ProvinceManifest; field: SilentField }) {
  const translate = useTranslate();
  const said = manifest.notStated?.find((n) => n.field === field);
  if (!said) return null;
  return (
    <Typography variant="body2" color="text.secondary" data-testid={`not-stated-${field}`}>
      {translate('thidua.province.not_stated')}
      {said.text && ` — ${said.text}`}
      <Source source={said.source} />
    </Typography>
  );
}

/** One line in the plan's header naming every field the plan leaves unsaid. */
export function NotStatedSummary({ manifest }: { manifest: ProvinceManifest }) {
  const translate = useTranslate();
  const fields = notStatedFields(manifest);
  if (!fields.length) return null;
  return (
    <Typography variant="body2" color="warning.dark">
      {translate('thidua.province.not_stated_fields', {
        fields: fields.map((f) => translate(`thidua.province.silent_fields.${f}`)).join(', '),
      })}
    </Typography>
  );
}
