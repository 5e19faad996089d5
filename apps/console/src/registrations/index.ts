import HowToRegIcon from '@mui/icons-material/HowToReg';
import { RegistrationCreate } from './RegistrationCreate';
import { RegistrationList } from './RegistrationList';
import { RegistrationsImport } from './RegistrationsImport';

export { RegistrationCreate, RegistrationList, RegistrationsImport };

export default { list: RegistrationList, create: RegistrationCreate, icon: HowToRegIcon };
