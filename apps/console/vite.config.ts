import { defineConfig } from 'vite';
import path from 'node:path';
import react from '@vitejs/plugin-react';

/**
 * The console is served by the API at /console/ (same origin, same authorisation), so its assets
 * live under that base and its calls go to the API's own paths. `npm run console:dev` proxies the
 * API for hot reload; the build output is what the API serves.
 */
export default defineConfig({
  root: __dirname,
  base: '/console/',
  cacheDir: '../../node_modules/.vite/console',
  plugins: [react()],
  resolve: {
    // The seeded plan's units and names, and the fields each enterprise step records, are data in the
    // domain library (type-only imports there, so nothing of the server side comes along).
    alias: {
      '@duban/plan-template': path.resolve(__dirname, '../../libs/domain/src/plan/templates/shenzhen-2009-98.plan.ts'),
      '@duban/step-fields': path.resolve(__dirname, '../../libs/domain/src/lifecycle/step-fields.ts'),
    },
  },
  build: {
    outDir: '../../dist/apps/console',
    emptyOutDir: true,
    reportCompressedSize: true,
    target: 'es2022',
    rollupOptions: {
      output: {
        // Stable vendor chunks: the framework and the component library change less often than our pages.
        manualChunks(id) {
          if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom)\//.test(id)) return 'react';
          if (/node_modules\/echarts|node_modules\/zrender/.test(id)) return 'echarts';
          return undefined;
        },
      },
    },
  },
  server: {
    port: 4200,
    proxy: {
      '^/(?!console/|@|src/|node_modules/).*': { target: process.env.DUBAN_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
