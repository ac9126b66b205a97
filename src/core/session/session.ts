import type { Activity, Report, View } from '../report/report.ts';
import type { Track } from '../track/track.ts';
import type { Annotation } from './annotation.ts';
import { applyCorrections } from './applyCorrections.ts';
import type { KeypointCorrection } from './correction.ts';

/** A trainer's client. */
export interface Client {
  id: string;
  name: string;
  /** ISO 8601 creation time. */
  createdAt: string;
}

/**
 * Where the session's video is. `opfs`: a copy in the Origin Private File System under `opfsName`.
 * `reference`: only its name, size and type are kept and the user is asked for the file again.
 */
export interface VideoRef {
  name: string;
  sizeBytes: number;
  mimeType: string;
  storage: 'opfs' | 'reference';
  opfsName?: string;
}

/** What the user authored on a session: the part undo/redo and autosave act on. */
export interface SessionAuthored {
  corrections: KeypointCorrection[];
  annotations: Annotation[];
}

/**
 * One analysed clip of a client. `track` is the raw pose track from the model and is never edited;
 * `report` is derived (from the corrected track) and may always be recomputed with `sessionDerive`.
 */
export interface Session extends SessionAuthored {
  id: string;
  clientId: string;
  title: string;
  /** ISO date (YYYY-MM-DD) of the filming, as the trainer gives it. */
  date: string;
  activity: Activity;
  view: View;
  video: VideoRef;
  track: Track;
  report: Report;
  createdAt: string;
  updatedAt: string;
}

/**
 * The analysis stage as the session needs it: the core's analyzeTrack, or (in the app) the same
 * run in the analysis worker, off the main thread (issue 14).
 */
export type TrackAnalyzer = (
  track: Track,
  opts: { activity: Activity; view: View },
) => Report | Promise<Report>;

/** Recomputes the derived report from the raw track and the corrections. */
export async function sessionDerive(
  session: Pick<Session, 'track' | 'corrections' | 'activity' | 'view'>,
  analyze: TrackAnalyzer,
): Promise<Report> {
  return analyze(applyCorrections(session.track, session.corrections), {
    activity: session.activity,
    view: session.view,
  });
}
