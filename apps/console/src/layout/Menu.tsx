import AssignmentIcon from '@mui/icons-material/Assignment';
import ChecklistIcon from '@mui/icons-material/Checklist';
import DashboardIcon from '@mui/icons-material/Dashboard';
import GavelIcon from '@mui/icons-material/Gavel';
import GroupsIcon from '@mui/icons-material/Groups';
import PublicIcon from '@mui/icons-material/Public';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { ReactElement } from 'react';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import nominations from '../nominations';
import { allowed } from '../providers/authProvider';
import { session } from '../providers/session';
import audit from '../audit';
import people from '../people';
import readings from '../readings';
import registrations from '../registrations';
import reports from '../reports';
import units from '../units';
import users from '../users';

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
  { to: '/units', resource: 'units', action: 'list', label: 'resources.units.name', icon: <units.icon /> },
  {
    to: '/units/import',
    resource: 'units',
    action: 'create',
    label: 'thidua.menu.import_units',
    icon: <UploadFileIcon />,
  },
  { to: '/people', resource: 'people', action: 'list', label: 'resources.people.name', icon: <people.icon /> },
  { to: '/readings', resource: 'readings', action: 'list', label: 'resources.readings.name', icon: <readings.icon /> },
  {
    to: '/registrations',
    resource: 'registrations',
    action: 'list',
    label: 'resources.registrations.name',
    icon: <registrations.icon />,
  },
  { to: '/reports', resource: 'reports', action: 'list', label: 'resources.reports.name', icon: <reports.icon /> },
  { to: '/audit', resource: 'audit', action: 'list', label: 'resources.audit.name', icon: <audit.icon /> },
  { to: '/users', resource: 'users', action: 'list', label: 'resources.users.name', icon: <users.icon /> },
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
