import { reportEn } from './reportText.en.ts';
import { reportJa } from './reportText.ja.ts';

/**
 * The languages of the report's texts: every `{en, ja}` pair gets one entry per line here. Adding a
 * language is one new catalogue file (reportText.xx.ts, typed by the English one) plus its line.
 */
export const REPORT_CATALOGUES = {
  en: reportEn,
  ja: reportJa,
} as const;

export type ReportLanguage = keyof typeof REPORT_CATALOGUES;
