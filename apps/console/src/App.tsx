import { Admin, CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import audit from './audit';
import { BallotsPage, CouncilPage, MeetingPage } from './council';
import { CriteriaPage } from './criteria/CriteriaPage';
import decisions from './decisions';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { theme } from './layout/theme';
import { ComparisonPage } from './comparison';
import { NotificationsPage } from './notifications/NotificationsPage';
import nominations from './nominations';
import people from './people';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { ProvincePage } from './province/ProvincePage';
import readings from './readings';
import registrations from './registrations';
import reports from './reports';
import units, { UnitsImport } from './units';
import users from './users';

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
      <Resource name="decisions" {...decisions} />
      {/* Each resource folder's index exports its views, icon and representation, as react-admin's demo does. */}
      <Resource name="units" {...units} />
      <Resource name="people" {...people} />
      <Resource name="readings" {...readings} />
      <Resource name="registrations" {...registrations} />
      <Resource name="reports" {...reports} />
      <Resource name="audit" {...audit} />
      <Resource name="users" {...users} />
      <CustomRoutes>
        <Route path="/criteria" element={<CriteriaPage />} />
        <Route path="/units/import" element={<UnitsImport />} />
        <Route path="/national" element={<ComparisonPage />} />
        <Route path="/council" element={<CouncilPage />} />
        <Route path="/council/meetings/:id" element={<MeetingPage />} />
        <Route path="/council/meetings/:id/ballots" element={<BallotsPage />} />
        <Route path="/notifications" element={<NotificationsPage />} />
      </CustomRoutes>
    </Admin>
  );
}
