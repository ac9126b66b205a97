import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { DrawingAnnotation, DrawingShape, PointPx } from '../../core/session/annotation.ts';
import type { TrackFrame } from '../../core/track/track.ts';
import { KEYPOINT_NAMES } from '../../core/track/keypoints.ts';
import { SKELETON_EDGES, SKELETON_MIN_SCORE } from '../../core/track/skeleton.ts';
import { angleLabel, shapePath, type Tool } from './drawingGeometry.ts';
import { useI18n } from '../i18n/useI18n.ts';

interface Props {
  widthPx: number;
  heightPx: number;
  frame: TrackFrame | undefined;
  /** Keypoints of this frame that a correction covers (drawn in another colour). */
  corrected: ReadonlySet<number>;
  drawings: readonly DrawingAnnotation[];
  tool: Tool;
  /** Editing only on a paused frame: while playing the overlay ignores the pointer. */
  editable: boolean;
  onDrawing(shape: DrawingShape): void;
  onTextAt(at: PointPx): void;
  onMoveKeypoint(keypoint: number, at: PointPx): void;
}

type Draft =
  | { kind: 'two'; from: PointPx; to: PointPx }
  | { kind: 'angle'; points: PointPx[]; hover: PointPx | null }
  | { kind: 'freehand'; points: PointPx[] }
  | { kind: 'drag'; keypoint: number; at: PointPx };

/** SVG layer over the video in source-pixel coordinates: skeleton, drawings and the tool in use. */
export function FrameStage(p: Props) {
  const { t } = useI18n();
  const svgRef = useRef<SVGSVGElement>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const stroke = Math.max(2, p.widthPx / 300);

  const toPx = (e: ReactPointerEvent): PointPx => {
    const svg = svgRef.current!;
    const m = svg.getScreenCTM()!.inverse();
    const q = new DOMPoint(e.clientX, e.clientY).matrixTransform(m);
    return { xPx: Math.round(q.x * 10) / 10, yPx: Math.round(q.y * 10) / 10 };
  };

  const down = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (!p.editable) return;
    const at = toPx(e);
    const kpAttr = (e.target as Element).getAttribute('data-keypoint');
    if (p.tool === 'correct') {
      if (kpAttr === null) return;
      svgRef.current?.setPointerCapture(e.pointerId);
      setDraft({ kind: 'drag', keypoint: Number(kpAttr), at });
    } else if (p.tool === 'line' || p.tool === 'arrow') {
      svgRef.current?.setPointerCapture(e.pointerId);
      setDraft({ kind: 'two', from: at, to: at });
    } else if (p.tool === 'freehand') {
      svgRef.current?.setPointerCapture(e.pointerId);
      setDraft({ kind: 'freehand', points: [at] });
    } else if (p.tool === 'angle') {
      const pts = draft?.kind === 'angle' ? [...draft.points, at] : [at];
      if (pts.length === 3) {
        p.onDrawing({ kind: 'angle', a: pts[0]!, vertex: pts[1]!, b: pts[2]! });
        setDraft(null);
      } else setDraft({ kind: 'angle', points: pts, hover: null });
    } else if (p.tool === 'text') p.onTextAt(at);
  };

  const move = (e: ReactPointerEvent<SVGSVGElement>) => {
    if (!draft) return;
    const at = toPx(e);
    if (draft.kind === 'two') setDraft({ ...draft, to: at });
    else if (draft.kind === 'freehand') setDraft({ ...draft, points: [...draft.points, at] });
    else if (draft.kind === 'drag') setDraft({ ...draft, at });
    else if (draft.kind === 'angle') setDraft({ ...draft, hover: at });
  };

  const up = () => {
    if (!draft) return;
    if (draft.kind === 'two') {
      if (Math.hypot(draft.to.xPx - draft.from.xPx, draft.to.yPx - draft.from.yPx) > 2)
        p.onDrawing({ kind: p.tool === 'arrow' ? 'arrow' : 'line', from: draft.from, to: draft.to });
      setDraft(null);
    } else if (draft.kind === 'freehand') {
      if (draft.points.length > 1) p.onDrawing({ kind: 'freehand', points: draft.points });
      setDraft(null);
    } else if (draft.kind === 'drag') {
      p.onMoveKeypoint(draft.keypoint, draft.at);
      setDraft(null);
    }
  };

  const kp = p.frame?.kp ?? [];
  const pos = (i: number): PointPx | null => {
    if (draft?.kind === 'drag' && draft.keypoint === i) return draft.at;
    const k = kp[i];
    return k && k[2] >= SKELETON_MIN_SCORE && Number.isFinite(k[0]) && Number.isFinite(k[1])
      ? { xPx: k[0], yPx: k[1] }
      : null;
  };

  const draftShape: DrawingShape | null =
    draft?.kind === 'two'
      ? { kind: p.tool === 'arrow' ? 'arrow' : 'line', from: draft.from, to: draft.to }
      : draft?.kind === 'freehand'
        ? { kind: 'freehand', points: draft.points }
        : draft?.kind === 'angle' && draft.points.length === 2 && draft.hover
          ? { kind: 'angle', a: draft.points[0]!, vertex: draft.points[1]!, b: draft.hover }
          : null;

  return (
    <svg
      ref={svgRef}
      className="trainer-stage"
      data-testid="frame-stage"
      data-tool={p.tool}
      viewBox={`0 0 ${p.widthPx} ${p.heightPx}`}
      preserveAspectRatio="xMidYMid meet"
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      style={{ touchAction: 'none', pointerEvents: p.editable ? 'auto' : 'none' }}
    >
      <defs>
        <marker
          id="trainer-arrowhead"
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="context-stroke" />
        </marker>
      </defs>
      <g className="skeleton" stroke="#3cf" strokeWidth={stroke}>
        {SKELETON_EDGES.map(([a, b]) => {
          const pa = pos(a);
          const pb = pos(b);
          return pa && pb ? <line key={`${a}-${b}`} x1={pa.xPx} y1={pa.yPx} x2={pb.xPx} y2={pb.yPx} /> : null;
        })}
        {KEYPOINT_NAMES.map((name, i) => {
          const q = pos(i);
          if (!q) return null;
          const fixed = p.corrected.has(i);
          return (
            <circle
              key={name}
              data-keypoint={i}
              data-corrected={fixed ? 'true' : undefined}
              aria-label={t('trainer.keypoint', { name: t(`trainer.kp.${name}`) })}
              cx={q.xPx}
              cy={q.yPx}
              r={stroke * (p.tool === 'correct' && p.editable ? 4 : 2)}
              fill={fixed ? '#fc3' : '#3cf'}
              stroke={fixed ? '#000' : 'none'}
              style={{ cursor: p.tool === 'correct' && p.editable ? 'grab' : undefined }}
            />
          );
        })}
      </g>
      <g className="drawings" fill="none" strokeWidth={stroke} strokeLinecap="round" strokeLinejoin="round">
        {p.drawings.map((d) => (
          <ShapeView key={d.id} id={d.id} shape={d.shape} color={d.color ?? '#f3c'} stroke={stroke} />
        ))}
        {draftShape && <ShapeView id="draft" shape={draftShape} color="#f3c" stroke={stroke} />}
        {draft?.kind === 'angle' &&
          draft.points.map((q, i) => <circle key={i} cx={q.xPx} cy={q.yPx} r={stroke * 1.5} fill="#f3c" />)}
      </g>
    </svg>
  );
}

/** One drawing as SVG in source pixels (also used by the client report's marked-up frames). */
export function ShapeView({
  id,
  shape,
  color,
  stroke,
}: {
  id: string;
  shape: DrawingShape;
  color: string;
  stroke: number;
}) {
  if (shape.kind === 'text') {
    // Rendered as an SVG text node: the string is never parsed as markup.
    return (
      <text
        data-drawing={id}
        x={shape.at.xPx}
        y={shape.at.yPx}
        fill={color}
        stroke="none"
        fontSize={stroke * 10}
      >
        {shape.text}
      </text>
    );
  }
  return (
    <g data-drawing={id} data-kind={shape.kind}>
      <path
        d={shapePath(shape)}
        stroke={color}
        markerEnd={shape.kind === 'arrow' ? 'url(#trainer-arrowhead)' : undefined}
      />
      {shape.kind === 'angle' && (
        <text
          data-angle-label=""
          x={shape.vertex.xPx + stroke * 4}
          y={shape.vertex.yPx - stroke * 4}
          fill={color}
          stroke="#000"
          strokeWidth={stroke / 3}
          fontSize={stroke * 10}
        >
          {angleLabel(shape)}
        </text>
      )}
    </g>
  );
}
