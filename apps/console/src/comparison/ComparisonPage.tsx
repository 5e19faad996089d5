import { Title, useTranslate } from 'react-admin';
import { API_URL, download, httpClient } from '../providers/http';
import { ComparisonDashboard } from './ComparisonDashboard';

const fetchJson = async (path: string): Promise<unknown> => (await httpClient(`${API_URL}${path}`)).json;

/** The national comparison, wired to the console's authenticated client (the api scopes what each user sees). */
export function ComparisonPage() {
  const translate = useTranslate();
  return (
    <>
      <Title title={translate('thidua.national.title')} />
      <ComparisonDashboard fetchJson={fetchJson} download={download} />
    </>
  );
}
