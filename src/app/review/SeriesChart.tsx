import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { PlayheadStore } from '../player/playheadStore.ts';

export interface ChartLine {
  label: string;
  values: Float64Array;
  colour: string;
}

interface Props {
  title: string;
  unitSuffix: string;
  /** Legend label and axis suffix of the time axis, localised. */
  xLabel: string;
  xSuffix: string;
  t: Float64Array;
  lines: ChartLine[];
  store: PlayheadStore;
  onSeek(tS: number): void;
  /** Formats an axis/legend value for the current locale. */
  format(v: number): string;
}

// uPlot draws gaps for null, not NaN: missing samples stay missing instead of being joined over.
const toNullable = (a: Float64Array) => Array.from(a, (v) => (Number.isFinite(v) ? v : null));

/** One time-series chart (uPlot) with a playhead line tied to the video and click-to-seek. */
export function SeriesChart({ title, unitSuffix, xLabel, xSuffix, t, lines, store, onSeek, format }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const onSeekRef = useRef(onSeek);
  useEffect(() => {
    onSeekRef.current = onSeek;
  }, [onSeek]);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    // Issue 15: React runs every effect of a newly shown review in one task, and each uPlot (build,
    // size, first draw) takes ~10–35 ms on a 2-core machine: each chart is made in a task of its
    // own, so the page can paint and take input between them.
    function makeChart(box: HTMLDivElement): () => void {
      const width = Math.max(240, box.clientWidth);
      const opts: uPlot.Options = {
        width,
        height: 150,
        scales: { x: { time: false } },
        legend: { show: true, live: true },
        cursor: { drag: { x: false, y: false }, points: { show: false } },
        axes: [
          { values: (_u, ticks) => ticks.map((v) => `${format(v)}${xSuffix}`), size: 30 },
          { values: (_u, ticks) => ticks.map((v) => `${format(v)}${unitSuffix}`), size: 56 },
        ],
        series: [
          { label: xLabel, value: (_u, v) => (v == null ? '–' : format(v)) },
          ...lines.map((l) => ({
            label: l.label,
            stroke: l.colour,
            width: 1.5,
            spanGaps: false,
            value: (_u: uPlot, v: number | null) => (v == null ? '–' : `${format(v)}${unitSuffix}`),
          })),
        ],
      };
      const data: uPlot.AlignedData = [Array.from(t), ...lines.map((l) => toNullable(l.values))];
      const u = new uPlot(opts, data, box);
      const head = document.createElement('div');
      head.className = 'chart-head';
      u.over.appendChild(head);
      const move = (tS: number) => {
        head.style.transform = `translateX(${u.valToPos(tS, 'x')}px)`;
      };
      move(store.get());
      const unsub = store.subscribe(move);
      const onClick = () => {
        const left = u.cursor.left;
        if (left != null && left >= 0) onSeekRef.current(u.posToVal(left, 'x'));
      };
      u.over.addEventListener('click', onClick);
      const ro = new ResizeObserver(() => {
        // The observer also fires once on observe(): redraw only when the width really changed.
        const w = Math.max(240, box.clientWidth);
        if (w === u.width) return;
        u.setSize({ width: w, height: 150 });
        move(store.get());
      });
      ro.observe(box);
      return () => {
        ro.disconnect();
        unsub();
        u.over.removeEventListener('click', onClick);
        u.destroy();
      };
    }
    // After the next frame: the browser has then laid the new review out in its own rendering step,
    // and reading the box's width does not force that layout inside this task (35 ms measured).
    let cleanup: (() => void) | null = null;
    let id: ReturnType<typeof setTimeout> | undefined;
    const raf = requestAnimationFrame(() => {
      id = setTimeout(() => {
        cleanup = makeChart(box);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(id);
      cleanup?.();
    };
  }, [t, lines, store, unitSuffix, xLabel, xSuffix, format]);

  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div ref={boxRef} className="chart-box" />
    </figure>
  );
}
