export { NationalDashboard, type NationalDashboardProps } from './NationalDashboard';
export { nationalMessages } from './messages';
export type { Download, FetchJson } from './types';
export { NationalPage } from './NationalPage';
