import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// search-api serves the built files and the API on one origin; in development Vite proxies the API.
export default defineConfig({
  root: __dirname,
  cacheDir: '../../node_modules/.vite/search-ui',
  plugins: [react()],
  build: {
    outDir: '../../dist/apps/search-ui',
    emptyOutDir: true,
    target: 'es2022',
    // No inline module-preload polyfill: the page's CSP forbids inline script.
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/v1': process.env['SEARCH_API_URL'] ?? 'http://127.0.0.1:3004' },
  },
});
