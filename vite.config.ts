import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { staticAssets } from './scripts/vite-static-assets.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { modelPrecacheEntries } from './scripts/vite-pwa-precache.ts';
import { contentSecurityPolicy } from './scripts/vite-csp.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Issue 16: pose-detection imports the WebGPU backend statically (for PoseNet only), which put the
 * whole backend into every pose worker and made backendSelect.ts's lazy import ineffective. That one
 * importer gets a stub (src/pose/browser/poseDetectionWebgpuStub.ts); backendSelect's own dynamic
 * import still gets the real backend, in a chunk loaded only when WebGPU is chosen. Needed in the
 * worker build too (workers have their own plugin pipeline).
 */
const poseDetectionWithoutWebgpu = (): Plugin => ({
  name: 'hipcheck:pose-detection-without-webgpu',
  enforce: 'pre',
  resolveId(source, importer) {
    if (
      source === '@tensorflow/tfjs-backend-webgpu' &&
      importer?.includes('@tensorflow-models/pose-detection')
    )
      return here('./src/pose/browser/poseDetectionWebgpuStub.ts');
    return null;
  },
});

export default defineConfig({
  plugins: [
    react(),
    poseDetectionWithoutWebgpu(),
    // The MoveNet weights (models/, fetched on install) and the tfjs WASM binaries are served at
    // stable URLs by the dev server and copied into the build: nothing is loaded from a hub.
    staticAssets([
      { urlPrefix: '/models/', dir: here('./models'), match: /^movenet-(lightning|thunder)\.(json|bin)$/ },
      {
        urlPrefix: '/tfjs-wasm/',
        dir: here('./node_modules/@tensorflow/tfjs-backend-wasm/dist'),
        match: /\.wasm$/,
      },
    ]),
    // Installable and offline after the first visit (issue 16): the service worker precaches the
    // app shell, the tfjs WASM binaries and the MoveNet weights (their sha256 from models/manifest.json
    // as revision and Subresource-Integrity). A new version waits until the user reloads
    // (src/app/pwa/UpdatePrompt.tsx); nothing is fetched from another origin.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/apple-touch-icon-180.png'],
      manifest: {
        name: 'hipcheck: running and hip-hinge form',
        short_name: 'hipcheck',
        description: 'On-device video analysis of running and hip-hinge form. Nothing leaves the device.',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#1f5f8b',
        background_color: '#f6f7f9',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The manifest and its icons are added by the plugin itself.
        globPatterns: ['**/*.{js,css,html,wasm}'],
        globIgnores: ['models/**'],
        // Added when the service worker is generated (build only), so the dev server and vitest
        // neither hash the weights nor need them on disk.
        manifestTransforms: [
          (entries) => ({
            manifest: [...entries, ...modelPrecacheEntries(here('./models')).map((e) => ({ ...e, size: 0 }))],
          }),
        ],
        // The pose worker chunk (tfjs + pose-detection) is ~2.5 MB; the weights come in above.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        // The first visit's page is taken over at once, so it works offline without a second load;
        // later versions still wait for the user (no skipWaiting).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
    // Content-Security-Policy of the built app: its own origin only (scripts/vite-csp.ts).
    contentSecurityPolicy(),
  ],
  resolve: {
    alias: {
      // pose-detection imports @mediapipe/pose statically for its BlazePose runtime, which we never
      // use; the real package breaks Vite production builds and module workers ("Pose" is not exported).
      '@mediapipe/pose': here('./src/pose/mediapipePoseStub.ts'),
    },
  },
  worker: { format: 'es', plugins: () => [poseDetectionWithoutWebgpu()] },
  // Vite's chunk-size warning is on again (it was hidden at 4000 kB). The limit is the pose
  // worker's size class: tfjs-core + converter + MoveNet is ~850 kB and cannot be split (one
  // worker script); every chunk also has its own budget in scripts/chunkSizes.ts, which
  // tests/build/bundleBudget.test.ts enforces and `npm run bench` prints.
  build: { target: 'es2022', chunkSizeWarningLimit: 1000 },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
