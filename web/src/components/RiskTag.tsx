import { Tag, type TagColour } from './Tag.tsx';

/** Levels a risk check can record; only medium and above stay active. Mirrors RiskLevel in web/src/api/risk.ts. */
export type RiskTagLevel = 'none' | 'low' | 'medium' | 'high' | 'immediate';

const TAGS: Record<Exclude<RiskTagLevel, 'none'>, { text: string; colour: TagColour }> = {
  immediate: { text: 'Immediate risk', colour: 'red' },
  high: { text: 'High risk', colour: 'orange' },
  medium: { text: 'Medium risk', colour: 'yellow' },
  low: { text: 'Low risk', colour: 'grey' },
};

/**
 * A person's highest active risk, in words and colour (NHS.UK tags: immediate red, high orange,
 * medium yellow, low grey), wherever people or cases are listed. No risk shows nothing, so an
 * empty cell means "no active risk" everywhere.
 */
export function RiskTag({ level }: { level: RiskTagLevel | null | undefined }) {
  if (!level || level === 'none') return null;
  const tag = TAGS[level];
  return <Tag colour={tag.colour}>{tag.text}</Tag>;
}

/** The words of a risk tag, for sorting labels and captions ("No active risk" for none). */
export function riskTagText(level: RiskTagLevel | null | undefined): string {
  return !level || level === 'none' ? 'No active risk' : TAGS[level].text;
}
