import type { Tool } from './drawingGeometry.ts';
import { useI18n } from '../i18n/useI18n.ts';

const TOOLS: Tool[] = ['correct', 'line', 'arrow', 'angle', 'freehand', 'text'];

interface Props {
  tool: Tool;
  onTool(tool: Tool): void;
  /** Frames a keypoint correction covers, from the frame on display. */
  rangeN: number;
  onRangeN(n: number): void;
  n: number;
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  playing: boolean;
}

/** The stage's toolbar: the tool in use (move a keypoint or draw), the correction span, undo/redo, hints. */
export function SessionTools(p: Props) {
  const { t } = useI18n();
  return (
    <>
      <div className="trainer-tools" role="toolbar" aria-label={t('trainer.tools')}>
        {TOOLS.map((k) => (
          <button key={k} type="button" aria-pressed={p.tool === k} onClick={() => p.onTool(k)}>
            {t(`trainer.tool.${k}`)}
          </button>
        ))}
        <label>
          {t('trainer.correctFrames')}{' '}
          <input
            type="number"
            min={1}
            max={p.n}
            value={p.rangeN}
            onChange={(e) => p.onRangeN(Math.max(1, Number(e.currentTarget.value) || 1))}
          />
        </label>
        <button type="button" disabled={!p.canUndo} onClick={p.onUndo}>
          {t('trainer.undo')}
        </button>
        <button type="button" disabled={!p.canRedo} onClick={p.onRedo}>
          {t('trainer.redo')}
        </button>
      </div>
      {p.playing && <p className="muted">{t('trainer.pauseToEdit')}</p>}
      {p.tool === 'angle' && <p className="muted">{t('trainer.angleHint')}</p>}
    </>
  );
}
