export { ComparisonDashboard, type ComparisonDashboardProps } from './ComparisonDashboard';
export { comparisonMessages } from './messages';
export type { Download, FetchJson } from './types';
export { ComparisonPage } from './ComparisonPage';
