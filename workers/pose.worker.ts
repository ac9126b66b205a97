// Thin worker entry: the pose pipeline (backend choice, MoveNet, in-worker WebCodecs decoding) lives
// in workers/poseWorkerService.ts (where video decoding and pose estimation compose); this file only exposes it over comlink.
import { expose } from 'comlink';
import { createPoseWorkerService } from './poseWorkerService.ts';
import { poseMemory } from '../src/pose/browser/poseMemory.ts';

expose(createPoseWorkerService());
// Read from outside by scripts/bench-memory.ts (Playwright's worker.evaluate) while the app runs.
(globalThis as { hipcheckPoseMemory?: typeof poseMemory }).hipcheckPoseMemory = poseMemory;
