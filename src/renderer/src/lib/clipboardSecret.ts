/** The part of the Clipboard API a copied secret needs (navigator.clipboard in the app). */
export interface SecretClipboard {
  writeText(text: string): Promise<void>;
  readText(): Promise<string>;
}

/** How long a copied secret (the recovery key) stays on the clipboard. */
export const SECRET_CLIPBOARD_MS = 2 * 60 * 1000;

/**
 * Copies a secret and clears it from the clipboard after `clearAfterMs`, as password managers
 * do: a recovery key left on a shared workstation's clipboard is one paste away from anyone.
 * It is cleared only if the clipboard still holds it, so something the person copied since is
 * never wiped; when the clipboard cannot be read, it is left alone for the same reason.
 * Resolves once copied (rejects if copying failed); the returned function cancels the clearing.
 */
export async function copySecret(
  clipboard: SecretClipboard,
  secret: string,
  clearAfterMs: number = SECRET_CLIPBOARD_MS,
): Promise<() => void> {
  await clipboard.writeText(secret);
  const timer = setTimeout(() => {
    void clearIfStillHeld(clipboard, secret);
  }, clearAfterMs);
  return () => clearTimeout(timer);
}

export async function clearIfStillHeld(clipboard: SecretClipboard, secret: string): Promise<boolean> {
  try {
    if ((await clipboard.readText()) !== secret) return false;
    await clipboard.writeText('');
    return true;
  } catch {
    return false;
  }
}
