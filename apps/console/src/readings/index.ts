import QueryStatsIcon from '@mui/icons-material/QueryStats';
import { ReadingCreate } from './ReadingCreate';
import { ReadingEdit } from './ReadingEdit';
import { ReadingList } from './ReadingList';
import { ReadingsImport } from './ReadingsImport';

export { ReadingCreate, ReadingEdit, ReadingList, ReadingsImport };

export default { list: ReadingList, create: ReadingCreate, edit: ReadingEdit, icon: QueryStatsIcon };
