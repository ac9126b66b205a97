import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { GuideIllustration } from './GuideIllustration.tsx';

interface Props {
  activity: 'run' | 'hinge' | 'auto';
  view: 'side' | 'rear' | 'front' | 'auto';
}

/**
 * How to film the chosen activity and view (biomech-notes.md §0.3: camera at hip height, level,
 * perpendicular, a few metres away; ≥ 60 fps for contact timing). "Decide for me" shows the side
 * view, the one most metrics need.
 */
export function FilmingGuide({ activity, view }: Props) {
  const { t } = useI18n();
  const v = view === 'auto' ? 'side' : view;
  const a = activity === 'hinge' ? 'hinge' : 'run';
  const tips: [MessageKey, MessageKey][] = [
    ['guide.height', `guide.${v}.height`],
    ['guide.distance', `guide.${v}.distance`],
    ['guide.framing', a === 'hinge' ? 'guide.framing.hinge' : 'guide.framing.run'],
    ['guide.light', 'guide.light.all'],
  ];
  return (
    <section className="guide" aria-labelledby="guide-title">
      <h2 id="guide-title">
        {t('guide.title')} · {t(`activity.${a}`)} · {t(`view.${v}`)}
      </h2>
      <div className="guide-body">
        <GuideIllustration view={v} activity={a} />
        <dl className="guide-tips">
          {tips.map(([k, v2]) => (
            <div key={k}>
              <dt>{t(k)}</dt>
              <dd>{t(v2)}</dd>
            </div>
          ))}
        </dl>
      </div>
      {a === 'run' && <p className="hint">{t('guide.fps')}</p>}
    </section>
  );
}
