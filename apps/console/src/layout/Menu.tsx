import AccountTreeIcon from '@mui/icons-material/AccountTree';
import AssignmentIcon from '@mui/icons-material/Assignment';
import ChecklistIcon from '@mui/icons-material/Checklist';
import DashboardIcon from '@mui/icons-material/Dashboard';
import DescriptionIcon from '@mui/icons-material/Description';
import GavelIcon from '@mui/icons-material/Gavel';
import GroupsIcon from '@mui/icons-material/Groups';
import HistoryIcon from '@mui/icons-material/History';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import PeopleIcon from '@mui/icons-material/People';
import PublicIcon from '@mui/icons-material/Public';
import QueryStatsIcon from '@mui/icons-material/QueryStats';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { ReactElement } from 'react';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import nominations from '../nominations';
import { allowed } from '../providers/authProvider';
import { session } from '../providers/session';

/** Menu entries in the order a province works; each shown only if the shared permission table allows it. */
export const MENU: { to: string; resource: string; action: string; label: string; icon: ReactElement }[] = [
  { to: '/', resource: 'province', action: 'list', label: 'thidua.menu.province', icon: <DashboardIcon /> },
  {
    to: '/nominations',
    resource: 'nominations',
    action: 'list',
    label: 'resources.nominations.name',
    icon: <nominations.icon />,
  },
  // Every role may open the council page: members are linked users of any role; the api scopes what they see.
  { to: '/council', resource: 'province', action: 'list', label: 'council.title', icon: <GroupsIcon /> },
  { to: '/decisions', resource: 'decisions', action: 'list', label: 'resources.decisions.name', icon: <GavelIcon /> },
  { to: '/criteria', resource: 'criteria', action: 'list', label: 'thidua.menu.criteria', icon: <ChecklistIcon /> },
  { to: '/units', resource: 'units', action: 'list', label: 'resources.units.name', icon: <AccountTreeIcon /> },
  {
    to: '/units/import',
    resource: 'units',
    action: 'create',
    label: 'thidua.menu.import_units',
    icon: <UploadFileIcon />,
  },
  { to: '/people', resource: 'people', action: 'list', label: 'resources.people.name', icon: <PeopleIcon /> },
  { to: '/readings', resource: 'readings', action: 'list', label: 'resources.readings.name', icon: <QueryStatsIcon /> },
  {
    to: '/registrations',
    resource: 'registrations',
    action: 'list',
    label: 'resources.registrations.name',
    icon: <HowToRegIcon />,
  },
  { to: '/reports', resource: 'reports', action: 'list', label: 'resources.reports.name', icon: <DescriptionIcon /> },
  { to: '/audit', resource: 'audit', action: 'list', label: 'resources.audit.name', icon: <HistoryIcon /> },
  { to: '/users', resource: 'users', action: 'list', label: 'resources.users.name', icon: <ManageAccountsIcon /> },
  { to: '/national', resource: 'comparison', action: 'list', label: 'thidua.national.title', icon: <PublicIcon /> },
];

export function Menu() {
  const translate = useTranslate();
  const user = session.user();
  return (
    <RaMenu>
      {MENU.filter((m) => allowed(user, m.action, m.resource)).map((m) => (
        <RaMenu.Item
          key={m.to}
          to={m.to}
          primaryText={translate(m.label, { smart_count: 2 })}
          leftIcon={m.icon ?? <AssignmentIcon />}
        />
      ))}
    </RaMenu>
  );
}
