import { useCanAccess } from 'react-admin';
import { FileImport, type ImportMessages } from '../common/FileImport';

const IMPORT_COLUMNS = [
  ['unit', 'resources.registrations.fields.unitId'],
  ['year', 'resources.registrations.fields.year'],
  ['registeredOn', 'resources.registrations.fields.registeredOn'],
  ['note', 'resources.registrations.fields.note'],
] as const;
const IMPORT_MESSAGES: ImportMessages = {
  title: 'thidua.import.registrations_title',
  help: 'thidua.import.registrations_help',
  save: 'thidua.import.rows_save',
  saved: 'thidua.import.rows_saved',
  fixFirst: 'thidua.import.rows_fix_first',
};

export function RegistrationsImport() {
  const { canAccess } = useCanAccess({ resource: 'registrations', action: 'create' });
  return canAccess ? <FileImport resource="registrations" columns={IMPORT_COLUMNS} messages={IMPORT_MESSAGES} /> : null;
}
