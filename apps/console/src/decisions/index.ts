import GavelIcon from '@mui/icons-material/Gavel';
import { DecisionCreate } from './DecisionCreate';
import { DecisionEdit } from './DecisionEdit';
import { DecisionList } from './DecisionList';
import { DecisionShow } from './DecisionShow';

/** Award decisions as one react-admin resource: `<Resource name="decisions" {...decisions} />`. */
export default {
  list: DecisionList,
  create: DecisionCreate,
  edit: DecisionEdit,
  show: DecisionShow,
  icon: GavelIcon,
  recordRepresentation: 'number',
};
