import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiPort = process.env.PORT ?? '4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      // Input limits and NIP rules shared with the API (a pure module with no imports).
      '@shared': path.resolve(import.meta.dirname, '../api/src/common'),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': `http://localhost:${apiPort}`,
      '/health': `http://localhost:${apiPort}`,
      '/files': `http://localhost:${apiPort}`,
    },
    fs: { allow: ['..'] },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
  },
});
