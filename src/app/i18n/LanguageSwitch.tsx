import { LOCALES, type Locale } from './pickLocale.ts';
import { useI18n } from './useI18n.ts';

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const NAMES: Record<Locale, string> = { en: 'English', ja: '日本語' };

/** Language picker for the header. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('app.language')}</span>
      <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)} aria-label={t('app.language')}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
