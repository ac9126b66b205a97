// Thin worker entry: the pose pipeline (backend choice, MoveNet, in-worker WebCodecs decoding) lives
// in src/pose/browser/poseWorkerService.ts; this file only exposes it over comlink.
import { expose } from 'comlink';
import { createPoseWorkerService } from '../src/pose/browser/poseWorkerService.ts';

expose(createPoseWorkerService());
