import { settingsApi } from '../api/settings.ts';
import { useApiData } from './useApiData.ts';
import { useScheme } from '../pages/referrals/SchemeContext.tsx';

/** The active scheme's settings. */
export function useSettings() {
  const scheme = useScheme();
  return useApiData(`settings:${scheme.slug}`, () => settingsApi.get(scheme.slug));
}

/** Whole numbers typed into a form, or NaN when the text is not one. */
export function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text.trim()) : Number.NaN;
}

/** Numbers that may have a decimal part, such as 37.5 hours. */
export function decimalNumber(text: string): number {
  return /^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text.trim()) : Number.NaN;
}

/** A worker's capacity in words: "12 of 20 open cases, 8 spare places; 90 of 230 people this year". */
export function capacityText(c: {
  cap: number;
  annualCap: number;
  openCases: number;
  allocatedThisYear: number;
  spare: number;
}): string {
  return `${c.openCases} of ${c.cap} open cases, ${c.spare} spare ${c.spare === 1 ? 'place' : 'places'}; ${c.allocatedThisYear} of ${c.annualCap} people this year`;
}
