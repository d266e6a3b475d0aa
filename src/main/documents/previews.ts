import { newId } from '../ids';
import type { PreparedDocument } from './types';

/** A preview is kept long enough to read it and decide, not for the rest of the day. */
const KEPT_FOR_MS = 30 * 60_000;
/** Previews held at once per core; the oldest goes first (each can be megabytes). */
const MAX_HELD = 20;

interface Held {
  accountId: string;
  at: number;
  document: PreparedDocument;
  /** The client document it was registered as (saved, printed or kept), once it was. */
  documentId: string | null;
}

/**
 * Documents made but not yet saved, printed or kept. The preview the person looked at is the
 * document that is saved or printed — main holds the bytes, so the renderer never sends a
 * document back to be stored. A preview belongs to the account that made it, expires, and is
 * forgotten when the workstation locks (decrypted client data does not outlive the session).
 */
export class DocumentPreviews {
  private readonly held = new Map<string, Held>();

  hold(accountId: string, document: PreparedDocument, now: Date): string {
    this.expire(now);
    while (this.held.size >= MAX_HELD) {
      const oldest = this.held.keys().next().value;
      if (oldest === undefined) break;
      this.held.delete(oldest);
    }
    const id = newId();
    this.held.set(id, { accountId, at: now.getTime(), document, documentId: null });
    return id;
  }

  /** The preview, if it is this account's and still kept; null otherwise. */
  get(previewId: string, accountId: string, now: Date): PreparedDocument | null {
    this.expire(now);
    const found = this.held.get(previewId);
    return found && found.accountId === accountId ? found.document : null;
  }

  /**
   * The registered document this preview became, or null: a preview is registered once, and a
   * second save or print of it is another issue of that document (documents/registry.ts).
   */
  registeredAs(previewId: string): string | null {
    return this.held.get(previewId)?.documentId ?? null;
  }

  markRegistered(previewId: string, documentId: string): void {
    const found = this.held.get(previewId);
    if (found) found.documentId = documentId;
  }

  forget(previewId: string): void {
    this.held.delete(previewId);
  }

  /** On lock and sign-out. */
  clear(): void {
    this.held.clear();
  }

  private expire(now: Date): void {
    for (const [id, { at }] of this.held) if (now.getTime() - at > KEPT_FOR_MS) this.held.delete(id);
  }
}
