import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { graphqlDocuments } from './vite-graphql-documents.ts';

const apiPort = process.env.PORT ?? '4000';

/** Modules of MUI and of the app's `src/ui` with one of these names (of the file, or of the folder of an `index`). */
function named(...names: string[]): (id: string) => boolean {
  const file = new RegExp(`(@mui|src[\\\\/]ui)[\\\\/](.*[\\\\/])?(${names.join('|')})([\\\\/]index)?\\.(m?js|tsx?)$`);
  return (id) => file.test(id);
}

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
          // On a slow link each request costs a round trip, and the browser opens only six
          // connections to the server: the parts most pages load come in a few files rather than
          // dozens of one-component chunks. Each group takes the modules named and what they import.
          groups: [
            // What every page needs before it can show anything.
            { name: 'app', tags: ['$initial'], priority: 4 },
            // What the login page shares with the logged-in pages: cards, stacks, the language switch
            // and the helpers of MUI's components that it uses too.
            {
              name: 'base',
              priority: 3,
              test: named(
                'Card',
                'CardContent',
                'Stack',
                'Skeleton',
                'LanguageSwitch',
                'ToggleButtonGroup',
                'format',
                'isMuiElement',
                'useRovingTabIndex',
                'ownerDocument',
                'ownerWindow',
                'setRef',
                'debounce',
                'useEnhancedEffect',
                'getActiveElement',
                'useThemeProps',
              ),
            },
            // The menu and bar around every logged-in page, and the cell every page's data shows in.
            {
              name: 'layout',
              priority: 2,
              test: named(
                'Divider',
                'Modal',
                'Portal',
                'mergeSlotProps',
                'List',
                'ListItemButton',
                'ListItemIcon',
                'ListItemText',
                'Toolbar',
                'useMediaQuery',
                'Cell',
                'LinearProgress',
              ),
            },
            // What the learner's first pages (the dashboard, the catalog, a module, the profile) share.
            {
              name: 'pages',
              priority: 1,
              test: named(
                'Grid',
                'Chip',
                'ListItem',
                'ProgressBar',
                'PageHeader',
                'Later',
                'SectionCard',
                'LinkListItem',
                'CheckCircle',
                'CheckCircleOutlined',
                'EmojiEventsOutlined',
                'PlayArrow',
              ),
            },
          ],
        },
      },
    },
  },
});
