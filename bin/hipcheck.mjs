#!/usr/bin/env node
// The hipcheck command line. Runs the TypeScript sources directly through tsx, so the CLI and the
// app share one copy of the code with no separate build step.
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
