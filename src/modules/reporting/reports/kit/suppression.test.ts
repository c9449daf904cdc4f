import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUPPRESSION,
  hideSmallBase,
  showCount,
  suppressList,
  suppressTable,
  type ShownCount,
  type SuppressionRule,
} from './suppression.ts';

const rule = DEFAULT_SUPPRESSION;
const texts = (counts: readonly ShownCount[]) => counts.map((c) => c.shown);

describe('showCount', () => {
  it('keeps the default rule: 1 to 7 hidden, others rounded to 5', () => {
    expect(DEFAULT_SUPPRESSION).toEqual({ smallFrom: 1, smallTo: 7, roundTo: 5 });
  });

  it('shows 0 as 0', () => {
    expect(showCount(0, rule)).toEqual({ value: 0, shown: '0', suppressed: 'none' });
  });

  it('hides 1 and 7 as the range 1–7 with an en dash', () => {
    expect(showCount(1, rule)).toEqual({ value: null, shown: '1\u20137', suppressed: 'small' });
    expect(showCount(7, rule)).toEqual({ value: null, shown: '1–7', suppressed: 'small' });
  });

  it('rounds 8 up to 10, 12 down to 10 and 13 up to 15', () => {
    expect(showCount(8, rule)).toEqual({ value: 10, shown: '10', suppressed: 'none' });
    expect(showCount(12, rule)).toEqual({ value: 10, shown: '10', suppressed: 'none' });
    expect(showCount(13, rule)).toEqual({ value: 15, shown: '15', suppressed: 'none' });
    expect(showCount(1234, rule)).toEqual({ value: 1235, shown: '1235', suppressed: 'none' });
  });

  it('rounds halves up and builds the range text from the rule', () => {
    const tens: SuppressionRule = { smallFrom: 1, smallTo: 9, roundTo: 10 };
    expect(showCount(15, tens).value).toBe(20);
    expect(showCount(25, tens).value).toBe(30);
    expect(showCount(14, tens).value).toBe(10);
    expect(showCount(9, tens).shown).toBe('1–9');
  });

  it('refuses a count that is not a whole number of 0 or more', () => {
    expect(() => showCount(-1, rule)).toThrow(/^count: /);
    expect(() => showCount(2.5, rule)).toThrow(/^count: /);
  });

  it('refuses a rule that would show a real count as 0 or has its range backwards', () => {
    expect(() => showCount(10, { smallFrom: 1, smallTo: 2, roundTo: 10 })).toThrow(/^rule\.roundTo: /);
    expect(() => showCount(10, { smallFrom: 5, smallTo: 3, roundTo: 5 })).toThrow(/^rule\.smallTo: /);
    expect(() => showCount(10, { smallFrom: 0, smallTo: 7, roundTo: 5 })).toThrow(/^rule\.smallTo: /);
  });
});

describe('suppressList', () => {
  it('hides a second count when one small count could be worked out from the total', () => {
    // 3 + 20 + 40 = 63: with 20 and 40 shown the 3 is the total less the rest, so 20 (the smallest) goes too.
    const list = suppressList([3, 20, 40], { rule, total: true });
    expect(texts(list.cells)).toEqual(['1–7', '[c]', '40']);
    expect(list.cells[1]).toEqual({ value: null, shown: '[c]', suppressed: 'secondary' });
    expect(list.total).toEqual({ value: 65, shown: '65', suppressed: 'none' });
  });

  it('protects a list whose total is not shown here as well (it is usually published elsewhere)', () => {
    const list = suppressList([3, 20, 40], { rule });
    expect(texts(list.cells)).toEqual(['1–7', '[c]', '40']);
    expect(list.total).toBeNull();
  });

  it('hides nothing more when two counts are already small', () => {
    const list = suppressList([3, 5, 40], { rule, total: true });
    expect(texts(list.cells)).toEqual(['1–7', '1–7', '40']);
    expect(list.total?.shown).toBe('50');
  });

  it('never hides a 0 as the second cell', () => {
    expect(texts(suppressList([3, 0, 0, 12], { rule, total: true }).cells)).toEqual(['1–7', '0', '0', '[c]']);
  });

  it('hides a small total like any other small count', () => {
    const list = suppressList([0, 3, 0], { rule, total: true });
    expect(texts(list.cells)).toEqual(['0', '1–7', '0']);
    expect(list.total).toEqual({ value: null, shown: '1–7', suppressed: 'small' });
  });

  it('rounds the total from the true counts, not by adding rounded cells', () => {
    // 12 + 12 + 12 = 36 → 35 (the shown cells add up to 30); 13 × 3 = 39 → 40 (the shown cells add up to 45).
    expect(suppressList([12, 12, 12], { rule, total: true }).total?.value).toBe(35);
    expect(suppressList([13, 13, 13], { rule, total: true }).total?.value).toBe(40);
  });
});

describe('suppressTable', () => {
  it('hides the smallest other cell of a row with one small cell and a shown total', () => {
    const table = suppressTable([[3, 20, 11]], { rule, rowTotals: true });
    expect(table.cells.map(texts)).toEqual([['1–7', '20', '[c]']]);
    expect(texts(table.rowTotals ?? [])).toEqual(['35']);
    expect(table.columnTotals).toBeNull();
    expect(table.grandTotal).toBeNull();
  });

  it('cascades: a cell hidden for its row leaves its column with one hidden cell, and so on until stable', () => {
    const table = suppressTable(
      [
        [3, 20, 30],
        [40, 25, 50],
        [60, 45, 35],
      ],
      { rule, rowTotals: true, columnTotals: true },
    );
    // Row 1 hides 20 (beside the 3); column 1 then hides 40 (under the 3); column 2 hides 25 (under the 20).
    expect(table.cells.map(texts)).toEqual([
      ['1–7', '[c]', '30'],
      ['[c]', '[c]', '50'],
      ['60', '45', '35'],
    ]);
    expect(table.cells.flat().filter((c) => c.suppressed === 'secondary')).toHaveLength(3);
    // Totals from the true counts: 53 → 55, 115, 140; 103 → 105, 90, 115; 308 → 310.
    expect(texts(table.rowTotals ?? [])).toEqual(['55', '115', '140']);
    expect(texts(table.columnTotals ?? [])).toEqual(['105', '90', '115']);
    expect(table.grandTotal).toEqual({ value: 310, shown: '310', suppressed: 'none' });
  });

  it('hides a total when it alone would give away the only hidden cell of its line', () => {
    // The column hides 20 beside the 3; the 20's row total would then show it (and, with the column total, the 3),
    // so that row total is hidden too.
    const table = suppressTable([[3], [20], [40]], { rule, rowTotals: true, columnTotals: true });
    expect(table.cells.map(texts)).toEqual([['1–7'], ['[c]'], ['40']]);
    expect(table.rowTotals).toEqual([
      { value: null, shown: '1–7', suppressed: 'small' },
      { value: null, shown: '[c]', suppressed: 'secondary' },
      { value: 40, shown: '40', suppressed: 'none' },
    ]);
    expect(texts(table.columnTotals ?? [])).toEqual(['65']);
    expect(table.grandTotal?.shown).toBe('65');
  });

  it('keeps going until no line gives a hidden figure away, even when that hides most of a small table', () => {
    // 3 hides 20 (row), then 10 (column 1); column 2 is then 20 and 0 so its total goes, and with it 13;
    // row 2 is then 10, 0 and 40 with its total shown, so 40 goes, and then 30 for column 3.
    const table = suppressTable(
      [
        [3, 20, 30],
        [10, 0, 40],
      ],
      { rule, rowTotals: true, columnTotals: true },
    );
    expect(table.cells.map(texts)).toEqual([
      ['1–7', '[c]', '[c]'],
      ['[c]', '0', '[c]'],
    ]);
    expect(texts(table.rowTotals ?? [])).toEqual(['55', '50']);
    expect(texts(table.columnTotals ?? [])).toEqual(['[c]', '[c]', '70']);
    expect(table.grandTotal?.shown).toBe('105');
  });

  it('shows a table with no small counts rounded and nothing hidden', () => {
    const table = suppressTable(
      [
        [8, 12],
        [13, 0],
      ],
      { rule, rowTotals: true, columnTotals: true },
    );
    expect(table.cells.map(texts)).toEqual([
      ['10', '10'],
      ['15', '0'],
    ]);
    expect(texts(table.rowTotals ?? [])).toEqual(['20', '15']);
    expect(texts(table.columnTotals ?? [])).toEqual(['20', '10']);
    expect(table.grandTotal?.value).toBe(35);
  });

  it('refuses rows of different lengths', () => {
    expect(() => suppressTable([[1, 2], [3]], { rule })).toThrow(/^cells: /);
  });
});

describe('hideSmallBase', () => {
  it('hides a mean or rate over 7 people or fewer, shows it over 8', () => {
    expect(hideSmallBase(0, rule)).toBe(true);
    expect(hideSmallBase(7, rule)).toBe(true);
    expect(hideSmallBase(8, rule)).toBe(false);
  });
});
