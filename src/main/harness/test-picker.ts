import { mkdirSync } from 'node:fs';
import { join, relative, resolve, sep, isAbsolute } from 'node:path';
import type { PathPicker } from '../dialogs/path-picker';

export type PickerKind = 'folder' | 'file' | 'save';
/** One answer a test gives in advance: a path, or null for "the person cancelled". */
export interface PickerAnswer {
  kind: PickerKind;
  path: string | null;
}

/**
 * TESTS AND DEVELOPMENT ONLY — the harness's stand-in for the operating system's file dialogs.
 * Tests queue the answers the "person" will give (`POST /__harness/picker`, or `answer()` in
 * integration tests); each dialog takes the next answer of its kind. With nothing queued, a
 * folder or file dialog is cancelled and a save dialog answers the suggested name in the
 * harness's exports folder. Save locations outside `saveRoot` are refused (answered as a
 * cancel), so whatever a harness run exports stays under its data folder.
 */
export class TestPicker implements PathPicker {
  private readonly queue: PickerAnswer[] = [];
  /** What each dialog was asked, for tests to check titles and suggested names. */
  readonly asked: { kind: PickerKind; title: string; suggestedName?: string }[] = [];

  constructor(readonly options: { saveRoot: string; exportsFolder: string }) {}

  answer(...answers: PickerAnswer[]): void {
    this.queue.push(...answers);
  }

  private next(kind: PickerKind): PickerAnswer | undefined {
    const index = this.queue.findIndex((answer) => answer.kind === kind);
    return index < 0 ? undefined : this.queue.splice(index, 1)[0];
  }

  pickFolder({ title }: { title: string }): Promise<string | null> {
    this.asked.push({ kind: 'folder', title });
    return Promise.resolve(this.next('folder')?.path ?? null);
  }

  pickFile({ title }: { title: string }): Promise<string | null> {
    this.asked.push({ kind: 'file', title });
    return Promise.resolve(this.next('file')?.path ?? null);
  }

  chooseSaveLocation({
    title,
    suggestedName,
  }: {
    title: string;
    suggestedName: string;
  }): Promise<string | null> {
    this.asked.push({ kind: 'save', title, suggestedName });
    const queued = this.next('save');
    if (queued && queued.path === null) return Promise.resolve(null);
    const wanted = queued?.path ?? join(this.options.exportsFolder, suggestedName);
    if (!this.insideSaveRoot(wanted)) {
      process.stderr.write(`lantern harness: refused a save location outside its data folder: ${wanted}\n`);
      return Promise.resolve(null);
    }
    mkdirSync(this.options.exportsFolder, { recursive: true });
    return Promise.resolve(wanted);
  }

  private insideSaveRoot(path: string): boolean {
    if (!isAbsolute(path) || path.includes('\0')) return false;
    const within = relative(resolve(this.options.saveRoot), resolve(path));
    return within !== '' && !within.startsWith(`..${sep}`) && within !== '..' && !isAbsolute(within);
  }
}
