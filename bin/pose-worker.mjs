// Entry of a `hipcheck pose` worker thread (src/cli/nodePosePool.ts): loads TypeScript through tsx,
// as bin/hipcheck.mjs does, then the worker itself.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli/poseSegmentWorker.ts');
