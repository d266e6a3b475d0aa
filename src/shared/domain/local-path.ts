/**
 * Paths that reach main from the renderer (typed, pasted or picked) must name something on this
 * computer's own disks. A UNC path (`\\host\share`, `//host/share`) makes Windows connect to that
 * host and offer the signed-in user's credentials; device paths (`\\.\`, `\\?\`) reach raw
 * devices and bypass normal path rules; a relative path means whatever the working folder is.
 */
export type PathProblem = 'validation.path_nul' | 'validation.path_network' | 'validation.path_relative';

/** What is wrong with a path, as a catalogue key, or null when it is a plain local absolute path. */
export function localPathProblem(path: string): PathProblem | null {
  if (path.includes('\0')) return 'validation.path_nul';
  // Any two leading separators, in either direction: UNC, device and "long path" forms alike.
  if (/^[\\/]{2}/.test(path)) return 'validation.path_network';
  if (/^[A-Za-z]:[\\/]/.test(path)) return null;
  if (path.startsWith('/')) return null;
  return 'validation.path_relative';
}
