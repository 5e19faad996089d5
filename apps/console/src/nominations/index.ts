import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import { NominationCreate } from './NominationCreate';
import { NominationEdit } from './NominationEdit';
import { NominationList } from './NominationList';
import { NominationShow } from './NominationShow';

/** The nominations resource as one object, spread into <Resource> (react-admin demo's layout). */
export default {
  list: NominationList,
  create: NominationCreate,
  edit: NominationEdit,
  show: NominationShow,
  icon: EmojiEventsIcon,
  recordRepresentation: 'nomineeName',
};
