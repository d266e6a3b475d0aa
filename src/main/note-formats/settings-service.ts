import type { NoteSettings, SaveNoteSettingsInput } from '../../shared/contracts/note-formats';
import { findAccountById } from '../accounts/repository';
import { DomainError } from '../errors';
import type { RequestContext } from '../request/context';
import { writeSetting } from '../settings/repository';
import type { ShippedNoteFormats } from './formats';
import { noteFormatCatalogue } from './formats';
import { NOTE_SETTING_KEYS, readNoteSettings } from './settings';

/**
 * The clinic's note settings: read by every signed-in person (the editor needs the default
 * format); changed by whoever manages settings, each change audited as "from → to".
 */

export const getNoteSettings = (ctx: RequestContext): NoteSettings => readNoteSettings(ctx.db);

const shown = (value: NoteSettings[keyof NoteSettings]) =>
  Array.isArray(value) ? (value.length ? [...value].sort().join(', ') : 'none') : String(value);

export function saveNoteSettings(
  ctx: RequestContext,
  formats: ShippedNoteFormats,
  input: SaveNoteSettingsInput,
): NoteSettings {
  const fields: Record<string, string> = {};
  if (!noteFormatCatalogue(ctx.db, formats).some((entry) => entry.format.id === input.defaultFormatId))
    fields.defaultFormatId = 'validation.invalid';
  input.cosignAccountIds.forEach((id, index) => {
    if (!findAccountById(ctx.db, id)) fields[`cosignAccountIds.${index}`] = 'validation.unknown_worker';
  });
  if (Object.keys(fields).length > 0)
    throw new DomainError('invalid_input', 'Some note settings are not possible.', fields, {
      messageKey: fields.defaultFormatId
        ? 'errors.note_format_unknown'
        : 'errors.note_settings_unknown_account',
    });
  const before = readNoteSettings(ctx.db);
  const after: NoteSettings = {
    defaultFormatId: input.defaultFormatId,
    lateEntryDays: input.lateEntryDays,
    cosignRoles: [...new Set(input.cosignRoles)],
    cosignAccountIds: [...new Set(input.cosignAccountIds)],
  };
  const changes: Record<string, string> = {};
  for (const key of Object.keys(after) as (keyof NoteSettings)[]) {
    const from = shown(before[key]);
    const to = shown(after[key]);
    if (from !== to) changes[key] = `${from} → ${to}`;
  }
  if (Object.keys(changes).length === 0) return before;
  const at = ctx.now.toISOString();
  ctx.db.transaction(() => {
    for (const key of Object.keys(NOTE_SETTING_KEYS) as (keyof NoteSettings)[])
      writeSetting(ctx.db, NOTE_SETTING_KEYS[key], after[key], ctx.actor.id, at);
    ctx.audit({ action: 'settings.updated', details: changes });
  })();
  return after;
}
