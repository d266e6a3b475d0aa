import type { AttachmentSettings } from '../../shared/contracts/attachments';
import { ATTACHMENT_SIZE_MB, MEGABYTE } from '../../shared/contracts/attachments';
import type { Db } from '../db/open';
import type { RequestContext } from '../request/context';
import { readSetting, writeSetting } from '../settings/repository';

/**
 * The clinic's size limit for one attachment: read by everyone who adds files (the screen says
 * it before anything is sent), changed by whoever manages settings, audited as "from → to".
 */
const KEY = 'attachment_max_size_mb';

export function readAttachmentSettings(db: Db): AttachmentSettings {
  return { maxSizeMb: readSetting<number>(db, KEY) ?? ATTACHMENT_SIZE_MB.default };
}

export const limitBytes = (db: Db) => readAttachmentSettings(db).maxSizeMb * MEGABYTE;

export function saveAttachmentSettings(ctx: RequestContext, input: AttachmentSettings): AttachmentSettings {
  const before = readAttachmentSettings(ctx.db);
  if (before.maxSizeMb === input.maxSizeMb) return before;
  ctx.db.transaction(() => {
    writeSetting(ctx.db, KEY, input.maxSizeMb, ctx.actor.id, ctx.now.toISOString());
    ctx.audit({
      action: 'settings.updated',
      details: { attachmentMaxSizeMb: `${before.maxSizeMb} → ${input.maxSizeMb}` },
    });
  })();
  return { maxSizeMb: input.maxSizeMb };
}
