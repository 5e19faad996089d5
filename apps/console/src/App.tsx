import { Admin, CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import { AuditList } from './audit';
import { CouncilPage, MeetingPage } from './council';
import { CriteriaPage } from './criteria/CriteriaPage';
import { DecisionCreate, DecisionList, DecisionShow } from './decisions';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { theme } from './layout/theme';
import { NationalPage } from './national';
import { NotificationsPage } from './notifications/NotificationsPage';
import nominations from './nominations';
import { PersonCreate, PersonEdit, PersonList } from './people';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { ProvincePage } from './province/ProvincePage';
import { ReadingCreate, ReadingEdit, ReadingList } from './readings';
import { RegistrationCreate, RegistrationList } from './registrations';
import { ReportCreate, ReportEdit, ReportList } from './reports';
import { UnitCreate, UnitEdit, UnitList, UnitsImport } from './units';
import { UserCreate, UserEdit, UserList } from './users';

const { Route } = reactRouterProvider;

/** The back office: one resource per api resource; the province page is the home page. */
export function App() {
  return (
    <Admin
      title="Thi đua Chuyển đổi số"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      layout={Layout}
      theme={theme}
      dashboard={ProvincePage}
      requireAuth
      disableTelemetry
    >
      <Resource name="nominations" {...nominations} />
      <Resource
        name="decisions"
        list={DecisionList}
        show={DecisionShow}
        create={DecisionCreate}
        recordRepresentation="number"
      />
      <Resource name="units" list={UnitList} create={UnitCreate} edit={UnitEdit} recordRepresentation="name" />
      <Resource
        name="people"
        list={PersonList}
        create={PersonCreate}
        edit={PersonEdit}
        recordRepresentation="fullName"
      />
      <Resource name="readings" list={ReadingList} create={ReadingCreate} edit={ReadingEdit} />
      <Resource name="registrations" list={RegistrationList} create={RegistrationCreate} />
      <Resource name="reports" list={ReportList} create={ReportCreate} edit={ReportEdit} />
      <Resource name="audit" list={AuditList} />
      <Resource name="users" list={UserList} create={UserCreate} edit={UserEdit} recordRepresentation="fullName" />
      <CustomRoutes>
        <Route path="/criteria" element={<CriteriaPage />} />
        <Route path="/units/import" element={<UnitsImport />} />
        <Route path="/national" element={<NationalPage />} />
        <Route path="/council" element={<CouncilPage />} />
        <Route path="/council/meetings/:id" element={<MeetingPage />} />
        <Route path="/notifications" element={<NotificationsPage />} />
      </CustomRoutes>
    </Admin>
  );
}
