import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(root, 'dist');

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text asset once the build is done, so
 * the server sends compressed files without compressing on each request (@fastify/static's
 * preCompressed). Fonts (woff2) are compressed already.
 */
function precompress(): Plugin {
  return {
    name: 'kassa-precompress',
    apply: 'build',
    closeBundle() {
      const walk = (dir: string): string[] =>
        fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
          const p = path.join(dir, e.name);
          return e.isDirectory() ? walk(p) : [p];
        });
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json|txt)$/.test(file)) continue;
        const body = fs.readFileSync(file);
        if (body.length < 1024) continue;
        fs.writeFileSync(
          `${file}.br`,
          zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
      }
    },
  };
}

// The web UI: built to web/dist and served by the Kassa server at /; in development
// (`npx vite` in web/) the API is proxied to a server started with `npm start`.
export default defineConfig({
  root,
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // Designsystemet's React modules only define components (its package does not say so), so the
      // ones the app never uses (combobox, suggestion, popover…) stay out of the bundle. The custom
      // elements they import (@u-elements) keep their side effects.
      treeshake: {
        moduleSideEffects: (id: string) => !id.includes('@digdir/designsystemet-react/'),
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
