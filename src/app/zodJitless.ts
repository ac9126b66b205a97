import { config } from 'zod';

// The built app's CSP allows no eval (scripts/vite-csp.ts), so zod must not probe for it with
// `new Function`: the probe is caught, but the browser still reports a policy violation. main.tsx
// imports this module first, before any module builds or parses a schema.
config({ jitless: true });
