import type { Migration } from '../migrate';
import { migration0001 } from './0001-accounts-and-settings';
import { migration0002 } from './0002-audit-log';
import { migration0003 } from './0003-clients';
import { migration0004 } from './0004-backups';
import { migration0005 } from './0005-caseload-speed';
import { migration0006 } from './0006-drafts';
import { migration0007 } from './0007-teams';
import { migration0008 } from './0008-signed-records';
import { migration0009 } from './0009-structured-history';
import { migration0010 } from './0010-account-language';
import { migration0011 } from './0011-measures';
import { migration0012 } from './0012-assessments';
import { migration0013 } from './0013-care-plans';
import { migration0014 } from './0014-caseload-follow-ups';
import { migration0015 } from './0015-clinical-speed';
import { migration0016 } from './0016-measure-status-events';
import { migration0017 } from './0017-progress-notes';
import { migration0018 } from './0018-note-formats-and-phrases';
import { migration0019 } from './0019-note-search';
import { migration0020 } from './0020-flat-merge-pointers';
import { migration0021 } from './0021-client-documents';
import { migration0022 } from './0022-attachments';
import { migration0023 } from './0023-document-templates';
import { migration0024 } from './0024-discharges';
import { migration0025 } from './0025-audit-by-subject';

/** Every schema change, in order. Append only: a shipped migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
  migration0019,
  migration0020,
  migration0021,
  migration0022,
  migration0023,
  migration0024,
  migration0025,
];
