import DescriptionIcon from '@mui/icons-material/Description';
import { ReportCreate } from './ReportCreate';
import { ReportEdit } from './ReportEdit';
import { ReportList } from './ReportList';

export { ReportCreate, ReportEdit, ReportList };

export default { list: ReportList, create: ReportCreate, edit: ReportEdit, icon: DescriptionIcon };
