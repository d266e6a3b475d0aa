import { BrowserWindow } from 'electron';

export interface MainWindowOptions {
  /** Absolute path of the built, sandbox-compatible (CommonJS) preload script. */
  preloadPath: string;
  /** Developer tools are available only in development builds. */
  allowDevTools: boolean;
}

/** Lantern's one window, with every web preference pinned to the safe value explicitly. */
export function createMainWindow({ preloadPath, allowDevTools }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Lantern',
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    // Hidden until the first paint so staff never see a white flash or a half-drawn screen.
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // The spell checker downloads dictionaries over the network and reads every typed word;
      // Lantern is offline and clinical notes stay inside it.
      spellcheck: false,
      devTools: allowDevTools,
      safeDialogs: true,
    },
  });

  // The window title is visible in the taskbar and Alt+Tab on a shared workstation; keep it
  // "Lantern" even if a screen sets document.title to something naming a client.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  return window;
}
