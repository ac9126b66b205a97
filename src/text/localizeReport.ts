import type {
  CoreFlag,
  CoreReport,
  CoreText,
  Flag,
  LocalizedText,
  Report,
  TextParam,
} from '../core/report/report.ts';
import { textParts } from '../core/report/textParts.ts';
import { REPORT_WORDS, type LanguageCode } from './languages.ts';
import type { Catalogue } from './textEntry.ts';

const LANGUAGE_CODES = Object.keys(REPORT_WORDS) as LanguageCode[];

type Words = (p: Readonly<Record<string, TextParam>>, t: (text: CoreText) => string) => string;

/** The words of a core text in one language (its parts joined as they are); an unknown key throws. */
export function textIn(lang: LanguageCode, text: CoreText): string {
  const catalogue: Catalogue = REPORT_WORDS[lang];
  return textParts(text)
    .map((ref) => {
      const entry = catalogue[ref.key];
      if (entry === undefined) throw new Error(`report text "${ref.key}" is not in the ${lang} catalogue`);
      return typeof entry === 'string' ? entry : (entry as Words)(ref.params ?? {}, (x) => textIn(lang, x));
    })
    .join('');
}

/** A core text in every language (`{en, ja}`, and any language added to languages.ts). */
export function localizeText(text: CoreText): LocalizedText {
  return Object.fromEntries(LANGUAGE_CODES.map((l) => [l, textIn(l, text)])) as unknown as LocalizedText;
}

/** One flag's texts (title, detail, drills) in every report language. */
export function localizeFlag(f: CoreFlag): Flag {
  // Assigned over the core's own keys, so each keeps its place in the JSON.
  const out = { ...f, title: localizeText(f.title), detail: localizeText(f.detail) } as Flag;
  if (f.drills)
    out.drills = f.drills.map((d) => ({ ...d, name: localizeText(d.name), why: localizeText(d.why) }));
  return out;
}

/**
 * The report as written (metrics.md, the JSON contract): the core's text keys and parameters turned
 * into `{en, ja}` pairs from the catalogues, and `quality.warnings` in English. Field order is the
 * core's, so the JSON is the same bytes as when the core wrote the words itself. The one step that
 * gives a report its words: the analysis worker and the CLI call it where they write the report.
 */
export function localizeReport(r: CoreReport): Report {
  const { warningText: refs, ...quality } = r.quality;
  const warningText = refs?.map(localizeText);
  return {
    ...r,
    flags: r.flags.map(localizeFlag),
    // Spread over the core's own keys, so `warnings` keeps its place; `warningText` is the core's last.
    quality: warningText ? { ...quality, warnings: warningText.map((w) => w.en), warningText } : quality,
  };
}
