import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { UnitCreate } from './UnitCreate';
import { UnitEdit } from './UnitEdit';
import { UnitList } from './UnitList';
import { UnitsImport } from './UnitsImport';

export { UnitCreate, UnitEdit, UnitList, UnitsImport };

export default {
  list: UnitList,
  create: UnitCreate,
  edit: UnitEdit,
  icon: AccountTreeIcon,
  recordRepresentation: 'name',
};
