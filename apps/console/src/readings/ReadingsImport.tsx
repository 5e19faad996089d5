import { useCanAccess } from 'react-admin';
import { FileImport, type ImportMessages } from '../common/FileImport';

const IMPORT_COLUMNS = [
  ['unit', 'resources.readings.fields.unitId'],
  ['indicatorId', 'resources.readings.fields.indicatorId'],
  ['year', 'resources.readings.fields.year'],
  ['value', 'resources.readings.fields.value'],
  ['source', 'resources.readings.fields.source'],
] as const;
const IMPORT_MESSAGES: ImportMessages = {
  title: 'thidua.import.readings_title',
  help: 'thidua.import.readings_help',
  save: 'thidua.import.rows_save',
  saved: 'thidua.import.rows_saved',
  fixFirst: 'thidua.import.rows_fix_first',
};

export function ReadingsImport() {
  const { canAccess } = useCanAccess({ resource: 'readings', action: 'create' });
  return canAccess ? <FileImport resource="readings" columns={IMPORT_COLUMNS} messages={IMPORT_MESSAGES} /> : null;
}
