import { describe, expect, it } from 'vitest';
import { syncServiceOf } from '../../../src/main/dialogs/sync-folders';

describe('known sync folders', () => {
  it('recognises the folders the sync clients create, by path segment', () => {
    const cases: [string, NodeJS.Platform, string | null][] = [
      ['C:\\Users\\dana\\OneDrive\\Documents\\Exports', 'win32', 'OneDrive'],
      ['C:\\Users\\dana\\OneDrive - Riverbend Clinic\\Records', 'win32', 'OneDrive'],
      ['C:\\Users\\dana\\Dropbox\\clinic', 'win32', 'Dropbox'],
      ['C:\\Users\\dana\\Dropbox (Riverbend)\\clinic', 'win32', 'Dropbox'],
      ['G:\\My Drive\\exports', 'win32', 'Google Drive'],
      ['C:\\Users\\dana\\iCloudDrive\\exports', 'win32', 'iCloud Drive'],
      ['/Users/dana/Library/CloudStorage/OneDrive-Personal/exports', 'darwin', 'OneDrive'],
      ['/Users/dana/Library/CloudStorage/GoogleDrive-dana@example.org/My Drive', 'darwin', 'Google Drive'],
      ['/Users/dana/Library/Mobile Documents/com~apple~CloudDocs/exports', 'darwin', 'iCloud Drive'],
      ['/home/dana/Dropbox/exports', 'linux', 'Dropbox'],
      ['C:\\Users\\dana\\Documents\\Lantern', 'win32', null],
      ['D:\\', 'win32', null],
      ['/home/dana/OneDriveNotes', 'linux', null],
      ['/media/usb/Exports', 'linux', null],
    ];
    for (const [path, platform, expected] of cases)
      expect(syncServiceOf(path, {}, platform), path).toBe(expected);
  });

  it('on Windows, also any folder under the OneDrive folders the environment names, whatever they are called', () => {
    const env = { OneDriveCommercial: 'C:\\Users\\dana\\Riverbend Files\\' };
    expect(syncServiceOf('c:\\users\\dana\\riverbend files\\exports', env, 'win32')).toBe('OneDrive');
    expect(syncServiceOf('C:\\Users\\dana\\Riverbend Files', env, 'win32')).toBe('OneDrive');
    expect(syncServiceOf('C:\\Users\\dana\\Riverbend Files Old\\x', env, 'win32')).toBeNull();
  });
});
