export { CouncilPage } from './CouncilPage';
export { MeetingPage } from './MeetingPage';
export { BallotsPage } from './BallotsPage';
export { MembersEditor } from './MembersEditor';
