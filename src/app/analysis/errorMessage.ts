/** What the person sees for an error from the pipeline, chosen by the error's `name`. */
export function errorMessage(e: unknown): string {
  const name = typeof e === 'object' && e !== null ? String((e as { name?: unknown }).name ?? '') : '';
  const detail = typeof e === 'object' && e !== null ? String((e as { message?: unknown }).message ?? '') : String(e);
  switch (name) {
    case 'EmptyFileError':
      return 'This file is empty (0 bytes). Choose the video file again.';
    case 'NotAVideoError':
      return 'This file is not a video hipcheck can read. Use an MP4 or MOV from your phone or camera.';
    case 'UnsupportedCodecError':
      return `${detail || 'This video uses a codec this browser cannot decode.'}`;
    case 'UnsupportedContainerError':
      return 'This video format is not supported. Use MP4 or MOV (H.264).';
    case 'VideoDecodeError':
      return `The video could not be decoded: it may be damaged. (${detail})`;
    case 'PoseModelLoadError':
    case 'BackendUnavailableError':
      return `The pose model could not start in this browser. (${detail})`;
    default:
      return `Analysis failed: ${detail || name || 'unknown error'}`;
  }
}
