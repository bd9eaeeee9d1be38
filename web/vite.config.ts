import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where the platform answers during development; override with BULWARK_DEV_API for a server on another port. */
const apiOrigin = process.env.BULWARK_DEV_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // MapLibre alone is about 1 MB; it lives in the lazily loaded map chunk, never in the first page.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': apiOrigin,
      '/console-config.json': apiOrigin,
    },
  },
});
