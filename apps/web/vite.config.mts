// The desk web app. `npm start` builds it into apps/web/dist, which the gateway serves; `nx serve web` runs the
// dev server with /api proxied to a gateway on GATEWAY_URL (default http://127.0.0.1:3000).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // A modest PC on a slow link: each feature is its own chunk, the charts only where they are drawn; the entry
    // (React, the router, i18next and every screen's strings) is ~140 KB gzipped.
    chunkSizeWarningLimit: 500,
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    proxy: { '/api': process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000' },
  },
});
