import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { graphqlDocuments } from './vite-graphql-documents.ts';

const apiPort = process.env.PORT ?? '4000';

export default defineConfig({
  plugins: [
    graphqlDocuments(path.resolve(import.meta.dirname, 'src')),
    react(),
    // Brotli and gzip copies of every text asset, which the server sends as they are.
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
  ],
  server: {
    port: 5173,
    proxy: {
      '/graphql': `http://localhost:${apiPort}`,
      '/health': `http://localhost:${apiPort}`,
      '/files': `http://localhost:${apiPort}`,
      '/record/exports': `http://localhost:${apiPort}`,
      '/certificates': `http://localhost:${apiPort}`,
      '/committee': `http://localhost:${apiPort}`,
    },
    fs: { allow: ['..'] },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
    // Which chunks each page imports, for `npm run bench:client` (not served: dot folders are not).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What every page needs before it can show anything, in one file rather than a dozen
          // small ones: on a slow link each extra request costs a round trip.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
});
