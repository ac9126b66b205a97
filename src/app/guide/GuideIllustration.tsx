import { useI18n } from '../i18n/useI18n.ts';

interface Props {
  view: 'side' | 'rear' | 'front';
  activity: 'run' | 'hinge';
}

/**
 * A schematic of the set-up seen from the side of the scene: the camera on a tripod at hip height,
 * the distance to the person, and the picture's frame around the whole body with room below the
 * feet. For a side view the person moves across the camera; from behind/in front, away or toward.
 */
export function GuideIllustration({ view, activity }: Props) {
  const { t } = useI18n();
  const dist = view === 'side' ? '3–5 m' : '2–4 m';
  const hinge = activity === 'hinge';
  return (
    <svg
      viewBox="0 0 360 200"
      className="guide-svg"
      role="img"
      aria-label={t('guide.illustration', { view: t(`view.${view}`) })}
    >
      <line x1="10" y1="180" x2="350" y2="180" className="g-floor" />
      {/* tripod + phone at hip height */}
      <line x1="40" y1="180" x2="52" y2="112" className="g-tripod" />
      <line x1="64" y1="180" x2="52" y2="112" className="g-tripod" />
      <rect x="44" y="98" width="16" height="24" rx="3" className="g-camera" />
      <line x1="60" y1="110" x2="250" y2="60" className="g-ray" />
      <line x1="60" y1="110" x2="250" y2="190" className="g-ray" />
      {/* person: side profile for a side view, facing away/toward otherwise */}
      <g className="g-person" transform={hinge ? 'translate(262 0)' : 'translate(270 0)'}>
        <circle cx={hinge ? 22 : 0} cy={hinge ? 86 : 72} r="9" />
        {hinge ? (
          <polyline points="16,94 -8,110 -4,145 -8,178" />
        ) : view === 'side' ? (
          <polyline points="-2,81 2,110 14,140 4,176 M2,110 -12,140 -20,170" />
        ) : (
          <polyline points="0,81 0,110 -8,145 -10,178 M0,110 8,145 10,178 M-14,88 14,88" />
        )}
      </g>
      {/* hip-height marker */}
      <line x1="40" y1="110" x2="300" y2="110" className="g-hip" />
      <text x="304" y="113" className="g-label">
        {t('guide.height')}
      </text>
      {/* distance arrow */}
      <line
        x1="56"
        y1="192"
        x2="262"
        y2="192"
        className="g-dist"
        markerStart="url(#g-arrow)"
        markerEnd="url(#g-arrow)"
      />
      <text x="150" y="188" className="g-label" textAnchor="middle">
        {dist}
      </text>
      <defs>
        <marker
          id="g-arrow"
          viewBox="0 0 10 10"
          refX="5"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" />
        </marker>
      </defs>
    </svg>
  );
}
