import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Native and heavy Node modules stay external in main; electron-vite externalizes dependencies
// by default, which also keeps better-sqlite3's .node binding loadable at run time.
export default defineConfig({
  main: {
    build: {
      // The core's worker threads are entries of their own, written beside index.js, where
      // src/main/worker/entry-files.ts looks for them.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'core-worker': resolve(__dirname, 'src/main/worker/core-worker.ts'),
          'snapshot-worker': resolve(__dirname, 'src/main/worker/snapshot-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be CommonJS: an ES module preload never runs and the window
      // would get no window.lantern.
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
