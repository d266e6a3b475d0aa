import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The regular files at a path: itself, or everything under it; nothing when it does not exist. */
export function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}
