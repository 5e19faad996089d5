export { CouncilPage } from './CouncilPage';
export { MeetingPage } from './MeetingPage';
