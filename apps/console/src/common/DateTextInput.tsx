import { TextInput, type TextInputProps, type Validator } from 'react-admin';
import { dmy } from './dates';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** "15/3/2024" → "2024-03-15" once the text is a whole valid date; anything partial is kept as typed. */
export function parseDmy(text: string): string | null {
  if (!text.trim()) return null;
  const m = DMY.exec(text.trim());
  if (!m) return text;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : text;
}

const wholeDate: Validator = (value) => (value && !ISO.test(String(value)) ? 'thidua.date_invalid' : undefined);

/**
 * A date typed and shown as dd/mm/yyyy whatever the browser's language (the native date picker follows the
 * browser's locale); the form value is the api's YYYY-MM-DD.
 */
export function DateTextInput({ validate, helperText, ...props }: TextInputProps) {
  const rules = [wholeDate, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  return (
    <TextInput
      {...props}
      // Filters hide helper texts; a date that does not parse must still say why it is red.
      helperText={helperText === false ? undefined : helperText}
      placeholder="dd/mm/yyyy"
      format={(v?: string | null) => (v && ISO.test(v) ? dmy(v) : (v ?? ''))}
      parse={parseDmy}
      validate={rules}
    />
  );
}
