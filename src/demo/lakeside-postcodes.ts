import { readFileSync } from 'node:fs';
import { LAKESIDE_POSTCODES_FILE } from './seed-postcodes.ts';

let postcodes: readonly string[] | null = null;

/**
 * One of the postcodes in the demo's postcode directory (samples/postcodes), chosen by the four draws a made-up
 * postcode used to take, so the demo's people live where the directory and the deprivation indices can place them
 * and the rest of the demo's random sequence is unchanged.
 */
export function lakesidePostcode(district: number, sector: number, first: string, second: string): string {
  postcodes ??= readFileSync(LAKESIDE_POSTCODES_FILE, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[2]?.replace(/"/g, '').trim() ?? '')
    .filter((postcode) => postcode !== '');
  const n = district * 9 * 400 + sector * 400 + first.charCodeAt(0) * 20 + second.charCodeAt(0);
  return postcodes[n % postcodes.length]!;
}
