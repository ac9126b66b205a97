import { translate } from './messages.ts';
import { LOCALES, type Locale } from './pickLocale.ts';
import { useI18n } from './useI18n.ts';

/** Language picker for the header. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t('app.language')}</span>
      <select
        value={locale}
        onChange={(e) => setLocale(e.target.value as Locale)}
        aria-label={t('app.language')}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {/* Each language is named in itself, so a person who cannot read the current one finds theirs. */}
            {translate(l, 'app.languageName')}
          </option>
        ))}
      </select>
    </label>
  );
}
