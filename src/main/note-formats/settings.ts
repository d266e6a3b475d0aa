import type { NoteSettings } from '../../shared/contracts/note-formats';
import { LATE_ENTRY_DAYS } from '../../shared/contracts/progress-notes';
import type { Role } from '../../shared/domain/roles';
import type { Db } from '../db/open';
import { readSetting } from '../settings/repository';

/** Where each note setting is kept in the clinic's settings table. */
export const NOTE_SETTING_KEYS = {
  defaultFormatId: 'note_default_format',
  lateEntryDays: 'note_late_entry_days',
  cosignRoles: 'note_cosign_roles',
  cosignAccountIds: 'note_cosign_accounts',
} as const;

/** DAP until the clinic chooses; late after three days; nobody needs a co-signature. */
export function readNoteSettings(db: Db): NoteSettings {
  return {
    defaultFormatId: readSetting<string>(db, NOTE_SETTING_KEYS.defaultFormatId) ?? 'dap',
    lateEntryDays: readSetting<number>(db, NOTE_SETTING_KEYS.lateEntryDays) ?? LATE_ENTRY_DAYS.default,
    cosignRoles: readSetting<Role[]>(db, NOTE_SETTING_KEYS.cosignRoles) ?? [],
    cosignAccountIds: readSetting<string[]>(db, NOTE_SETTING_KEYS.cosignAccountIds) ?? [],
  };
}

/** Whether this writer's notes wait for a supervisor's co-signature. */
export function needsCosign(settings: NoteSettings, writer: { id: string; role: Role }): boolean {
  return settings.cosignRoles.includes(writer.role) || settings.cosignAccountIds.includes(writer.id);
}
