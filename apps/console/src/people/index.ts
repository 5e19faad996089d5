import PeopleIcon from '@mui/icons-material/People';
import { PersonCreate } from './PersonCreate';
import { PersonEdit } from './PersonEdit';
import { PersonList } from './PersonList';

export { PersonCreate, PersonEdit, PersonList };

export default {
  list: PersonList,
  create: PersonCreate,
  edit: PersonEdit,
  icon: PeopleIcon,
  recordRepresentation: 'fullName',
};
