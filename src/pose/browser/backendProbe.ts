import { withTimeout } from '../withTimeout.ts';

/** A renderer string that names a CPU rasteriser (SwiftShader, llvmpipe, Microsoft's WARP/basic). */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render|warp/i.test(renderer);
}

interface GpuAdapterLike {
  isFallbackAdapter?: boolean;
  info?: { isFallbackAdapter?: boolean; vendor?: string; architecture?: string; description?: string };
}
interface GpuLike {
  requestAdapter(opts?: { powerPreference?: string }): Promise<GpuAdapterLike | null>;
}

/**
 * Is there a real (hardware, non-fallback) WebGPU adapter? Headless Chromium here exposes
 * `navigator.gpu` but `requestAdapter()` returns null; with unsafe flags it returns a software
 * fallback adapter at ~5 s a frame (pose-runtime-notes.md), which we must not use.
 */
export async function webgpuProbe(timeoutMs = 3000): Promise<{ ok: boolean; reason: string }> {
  const gpu = (globalThis.navigator as { gpu?: GpuLike } | undefined)?.gpu;
  if (!gpu) return { ok: false, reason: 'no navigator.gpu' };
  let adapter: GpuAdapterLike | null;
  try {
    adapter = await withTimeout(
      gpu.requestAdapter({ powerPreference: 'high-performance' }),
      timeoutMs,
      'requestAdapter()',
    );
  } catch (e) {
    return { ok: false, reason: `requestAdapter() failed: ${(e as Error).message}` };
  }
  if (!adapter) return { ok: false, reason: 'requestAdapter() returned null (no GPU adapter)' };
  const info = adapter.info ?? {};
  const desc = [info.vendor, info.architecture, info.description].filter(Boolean).join(' ');
  if (adapter.isFallbackAdapter === true || info.isFallbackAdapter === true || isSoftwareRenderer(desc)) {
    return { ok: false, reason: `software fallback adapter${desc ? ` (${desc})` : ''}` };
  }
  return { ok: true, reason: `hardware adapter${desc ? ` (${desc})` : ''}` };
}

/**
 * The WebGL renderer behind an OffscreenCanvas, from WEBGL_debug_renderer_info when exposed, and
 * whether it is software-emulated: SwiftShader ran Lightning at 260–540 ms after 4–7 s of shader
 * compiling here, 10× slower than WASM, so it is never worth a race.
 */
export function webglProbe(): { ok: boolean; renderer: string; reason: string } {
  if (typeof OffscreenCanvas === 'undefined')
    return { ok: false, renderer: '', reason: 'no OffscreenCanvas' };
  const canvas = new OffscreenCanvas(1, 1);
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  if (!gl) return { ok: false, renderer: '', reason: 'no WebGL context' };
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(
    (ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : null) ?? gl.getParameter(gl.RENDERER) ?? '',
  );
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  if (isSoftwareRenderer(renderer))
    return { ok: false, renderer, reason: `software-emulated WebGL (${renderer})` };
  return { ok: true, renderer, reason: `hardware WebGL (${renderer || 'renderer hidden'})` };
}
