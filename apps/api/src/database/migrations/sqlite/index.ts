import { Initial1795512128218 } from './1795512128218-Initial.js';
import { Documents1795513037237 } from './1795513037237-Documents.js';
import { Comparison1795600000001 } from './1795600000001-Comparison.js';
import { AuthSessions1795847879071 } from './1795847879071-AuthSessions.js';
import { CouncilNotifications1795848290256 } from './1795848290256-CouncilNotifications.js';
import { CouncilScoresEmailAttempts1795859854343 } from './1795859854343-CouncilScoresEmailAttempts.js';

import { UserSortKey1795900000000 } from './1795900000000-UserSortKey.js';

/** In order of application. */
export const SQLITE_MIGRATIONS = [
  Initial1795512128218,
  Documents1795513037237,
  Comparison1795600000001,
  AuthSessions1795847879071,
  CouncilNotifications1795848290256,
  CouncilScoresEmailAttempts1795859854343,
  UserSortKey1795900000000,
];
