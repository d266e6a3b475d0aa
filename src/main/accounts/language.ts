import type { SetLanguageInput } from '../../shared/contracts/accounts';
import type { SessionInfo } from '../../shared/contracts/session';
import { appendAudit } from '../audit/service';
import { actorOf } from '../auth/service';
import type { Workstation } from '../core/workstation';
import { findAccountById, setAccountLanguage } from './repository';

/**
 * Stores the signed-in person's language and returns their refreshed session. The audit entry
 * says that the choice changed, not what it became: nothing about a person beyond the event.
 */
export function setOwnLanguage(ws: Workstation, input: SetLanguageInput): SessionInfo {
  const { account } = ws.requireSession();
  const db = ws.database();
  const now = ws.now();
  db.transaction(() => {
    setAccountLanguage(db, account.id, input.language, now.toISOString());
    appendAudit(
      db,
      { action: 'account.language_changed', actor: actorOf(account), subject: account.username },
      now,
    );
  })();
  return ws.sessionInfo(ws.refresh(findAccountById(db, account.id) ?? account));
}
