import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { staticAssets } from './scripts/vite-static-assets.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    // The MoveNet weights (models/, fetched on install) and the tfjs WASM binaries are served at
    // stable URLs by the dev server and copied into the build: nothing is loaded from a hub.
    staticAssets([
      { urlPrefix: '/models/', dir: here('./models'), match: /^movenet-(lightning|thunder)\.(json|bin)$/ },
      { urlPrefix: '/tfjs-wasm/', dir: here('./node_modules/@tensorflow/tfjs-backend-wasm/dist'), match: /\.wasm$/ },
    ]),
  ],
  resolve: {
    alias: {
      // pose-detection imports @mediapipe/pose statically for its BlazePose runtime, which we never
      // use; the real package breaks Vite production builds and module workers ("Pose" is not exported).
      '@mediapipe/pose': here('./src/pose/mediapipePoseStub.ts'),
    },
  },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
