import type { Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy (issue 16). Everything comes from the app's own origin:
 * scripts and workers (module workers, comlink), the MoveNet weights and tfjs WASM binaries
 * (connect-src), the manifest and icons. blob: is for the video under review (object URLs),
 * downloads and frame captures; data: for images drawn to data URLs; 'wasm-unsafe-eval' lets tfjs
 * compile its WASM backend, nothing else may eval. There is no server of ours to send a header,
 * so it is a <meta> tag (frame-ancestors and report-uri cannot be set that way).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "style-src 'self'",
  "font-src 'self' data:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Adds the policy to index.html in production builds only: the dev server injects inline scripts
 * (React refresh, HMR client) that the policy would rightly block.
 */
export function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'hipcheck-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset> (which must stay in the first 1024 bytes), before any script or link.
      handler(html) {
        const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
        if (!charset)
          throw new Error('index.html has no <meta charset>: the CSP meta tag goes right after it');
        const at = charset.index + charset[0].length;
        return `${html.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />${html.slice(at)}`;
      },
    },
  };
}
