import type { Migration } from '../migrate';

/**
 * The language each person reads Lantern in. NULL means "never chosen": the screens then follow
 * the workstation's language (the one picked on the sign-in or setup screen).
 */
export const migration0010: Migration = {
  version: 10,
  name: 'account-language',
  up(db) {
    db.exec(`
      ALTER TABLE accounts ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('en', 'es'));
    `);
  },
};
