// Stand-in for @tensorflow/tfjs-backend-webgpu where @tensorflow-models/pose-detection imports it
// (vite.config.ts, `poseDetectionWithoutWebgpu`). pose-detection imports the WebGPU backend
// statically only for PoseNet's GPU post-processing (`backend() instanceof WebGPUBackend`, and
// `webgpu_util` inside PoseNet's WebGPU programs); MoveNet never touches either. With the real
// import every pose worker carried ~300 kB of WebGPU code on CPU/WASM; now the real backend is
// loaded only when backendSelect.ts chooses "webgpu" (a dynamic import of its own).
export class WebGPUBackend {}

const unused = (): never => {
  throw new Error('PoseNet WebGPU programs are not bundled in hipcheck; MoveNet does not need them.');
};
export const webgpu_util = { flatDispatchLayout: unused, computeDispatch: unused };
