import { useI18n } from '../i18n/useI18n.ts';
import type { FramingIssue } from './framingCheck.ts';

/** The filming problems found in the analysed clip, each with what to do about it. */
export function FramingWarnings({ issues }: { issues: FramingIssue[] }) {
  const { t } = useI18n();
  if (!issues.length) return null;
  return (
    <ul className="framing-warnings" role="status">
      {issues.map((i) => (
        <li key={i.code} data-issue={i.code}>
          {t(`framing.${i.code}`)}
        </li>
      ))}
    </ul>
  );
}
