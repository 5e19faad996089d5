import UploadFileIcon from '@mui/icons-material/UploadFile';
import { TIERS } from '@thidua/domain';
import {
  BooleanInput,
  Button,
  CreateButton,
  Datagrid,
  ExportButton,
  FilterButton,
  Link,
  List,
  NumberField,
  Pagination,
  ReferenceManyField,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { DateText, LabelField } from '../common/fields';
import { useProvince } from '../common/province';
import { session } from '../providers/session';

/** The units directly under one unit, each expandable in turn: the province's tree, loaded a level at a time. */
function Children() {
  return (
    <ReferenceManyField
      reference="units"
      target="parentId"
      sort={{ field: 'name', order: 'ASC' }}
      perPage={50}
      pagination={<Pagination rowsPerPageOptions={[50]} />}
    >
      <Datagrid
        rowClick="edit"
        bulkActionButtons={false}
        expand={<Children />}
        isRowExpandable={() => true}
        sx={{ ml: 3 }}
      >
        <TextField source="name" />
        <LabelField source="tier" prefix="tiers" />
        <NumberField source="staffCount" />
      </Datagrid>
    </ReferenceManyField>
  );
}

function Actions() {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'units', action: 'create' });
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      {/* As a Link: on a phone react-admin draws an icon button that otherwise gets no href. */}
      {canAccess && (
        <Button component={Link} to="/units/import" label={translate('thidua.menu.import_units')}>
          <UploadFileIcon />
        </Button>
      )}
      <ExportButton />
    </TopToolbar>
  );
}

/**
 * Units as a tree (roots first, expand a row for the units under it) or, while searching or filtering, as a flat
 * list; both page on the server, so a province with thousands of units stays quick. A clerk, who sees only their
 * own unit and those under it, starts with the flat list.
 */
export function UnitList() {
  const translate = useTranslate();
  const { manifest } = useProvince();
  const tiers = TIERS.filter((t) => !manifest || manifest.tiers.some((x) => x.tier === t)).map((t) => ({
    id: t,
    name: translate(`tiers.${t}`),
  }));
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <BooleanInput key="roots" source="roots" label={translate('thidua.units.tree')} alwaysOn />,
    <SelectInput key="tier" source="tier" choices={tiers} />,
    <BooleanInput key="active" source="active" />,
  ];
  return (
    <List
      filters={filters}
      filterDefaultValues={{ roots: session.user()?.role !== 'unit-clerk' }}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={50}
      actions={<Actions />}
    >
      <Datagrid rowClick="edit" bulkActionButtons={false} expand={<Children />} isRowExpandable={() => true}>
        <TextField source="name" />
        <LabelField source="tier" prefix="tiers" />
        <TextField source="code" />
        <NumberField source="staffCount" />
        <DateText source="validTo" />
      </Datagrid>
    </List>
  );
}
