import type { z } from 'zod';
import { accountsContract } from './accounts';
import { appContract } from './app';
import { assessmentsContract } from './assessments';
import { attachmentsContract } from './attachments';
import { auditContract } from './audit';
import { authContract } from './auth';
import { backupContract } from './backup';
import { carePlansContract } from './care-plans';
import { careTeamContract } from './care-team';
import { caseloadContract } from './caseload';
import { clientsContract } from './clients';
import { diagnosesContract } from './diagnoses';
import { dischargeContract } from './discharge';
import { documentsContract } from './documents';
import { documentTemplatesContract } from './document-templates';
import { draftsContract } from './drafts';
import { filesContract } from './files';
import { letterheadContract } from './letterhead';
import { measuresContract } from './measures';
import { noteFormatsContract } from './note-formats';
import { noteSearchContract } from './note-search';
import { progressNotesContract } from './progress-notes';
import { securityContract } from './security';
import { settingsContract } from './settings';
import { setupContract } from './setup';
import { timelineContract } from './timeline';

/** Every IPC channel Lantern has, feature by feature. The preload's list must match its keys. */
export const contract = {
  ...appContract,
  ...setupContract,
  ...authContract,
  ...accountsContract,
  ...settingsContract,
  ...auditContract,
  ...clientsContract,
  ...caseloadContract,
  ...careTeamContract,
  ...diagnosesContract,
  ...assessmentsContract,
  ...carePlansContract,
  ...backupContract,
  ...draftsContract,
  ...filesContract,
  ...securityContract,
  ...measuresContract,
  ...progressNotesContract,
  ...noteFormatsContract,
  ...noteSearchContract,
  ...timelineContract,
  ...dischargeContract,
  ...documentsContract,
  ...letterheadContract,
  ...attachmentsContract,
  ...documentTemplatesContract,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = z.output<Contract[C]['output']>;
