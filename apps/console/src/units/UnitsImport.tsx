import { Box } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { FileImport, type ImportMessages } from '../common/FileImport';

const COLUMNS = (['name', 'tier', 'code', 'parent', 'staffCount'] as const).map(
  (c) => [c, `thidua.units.columns.${c}`] as const,
);
const MESSAGES: ImportMessages = {
  title: 'thidua.import.title',
  help: 'thidua.import.help',
  save: 'thidua.import.save',
  saved: 'thidua.import.saved',
  fixFirst: 'thidua.import.fix_first',
};

/** Units from an Excel or CSV file: checked row by row on the server first; saved only when every row is right. */
export function UnitsImport() {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('thidua.import.title')} />
      <FileImport resource="units" columns={COLUMNS} messages={MESSAGES} />
    </Box>
  );
}
