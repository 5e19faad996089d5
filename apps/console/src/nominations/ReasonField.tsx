import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The reason a return or a rejection must give (one step or a batch): several lines, focused when it opens. */
export function ReasonField(props: { value: string; onChange: (v: string) => void; help: string; testId: string }) {
  const translate = useTranslate();
  return (
    <TextField
      autoFocus
      fullWidth
      multiline
      minRows={3}
      label={translate('thidua.nomination.reason')}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      helperText={translate(props.help)}
      sx={{ mt: 1 }}
      slotProps={{ htmlInput: { 'data-testid': props.testId } }}
    />
  );
}
