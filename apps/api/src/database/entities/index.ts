import { AuthSession, LoginThrottle } from './auth.js';
import { BackgroundJob, GeneratedDocument } from './documents.js';
import {
  CouncilAgendaItem,
  CouncilAttendance,
  CouncilMeeting,
  CouncilMember,
  CouncilScore,
  CouncilVote,
} from '../../council/council.entities.js';
import {
  EmailMessage,
  Notification,
  NotificationCursor,
  NotificationPreference,
} from '../../notifications/notification.entities.js';
import {
  AuditEvent,
  AwardDecision,
  CriteriaVersion,
  CriterionCheck,
  DeadlineExtension,
  DossierDocument,
  Nomination,
  NominationEvent,
  QuotaLock,
} from './movement.js';
import { IndicatorReading, Person, Registration, Report, Unit, User } from './organisation.js';

export { now } from './columns.js';
export * from './auth.js';
export * from './documents.js';
export * from './movement.js';
export * from './organisation.js';
export * from '../../council/council.entities.js';
export * from '../../notifications/notification.entities.js';

export const ENTITIES = [
  Unit,
  Person,
  User,
  Registration,
  IndicatorReading,
  Report,
  Nomination,
  NominationEvent,
  DossierDocument,
  CriterionCheck,
  AwardDecision,
  CriteriaVersion,
  DeadlineExtension,
  QuotaLock,
  AuditEvent,
  GeneratedDocument,
  BackgroundJob,
  AuthSession,
  LoginThrottle,
  CouncilMember,
  CouncilMeeting,
  CouncilAgendaItem,
  CouncilAttendance,
  CouncilVote,
  CouncilScore,
  Notification,
  NotificationPreference,
  EmailMessage,
  NotificationCursor,
];
