import { describe, expect, it } from 'vitest';
import { loadRiskLanguageCorpus, scoreRiskLanguage } from '../../../../bench/risk-language.ts';

describe('the risk-language corpus (bench/data/risk-language-corpus.tsv)', () => {
  const corpus = loadRiskLanguageCorpus();

  it('is big enough and balanced: at least 400 sentences, about half risky, a held-out half of at least 150', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    const risky = corpus.filter((l) => l.label === 'risk').length;
    expect(risky / corpus.length).toBeGreaterThan(0.4);
    expect(risky / corpus.length).toBeLessThan(0.6);
    expect(corpus.filter((l) => l.half === 'held-out').length).toBeGreaterThanOrEqual(150);
  });

  it.each(['development', 'held-out'] as const)(
    'on the %s half, catches at least 95 %% of risky sentences and alarms on at most 10 %% of everyday ones',
    (half) => {
      const score = scoreRiskLanguage(corpus.filter((l) => l.half === half));
      expect(score.recall, `missed: ${score.misses.map((m) => m.sentence).join(' | ')}`).toBeGreaterThanOrEqual(0.95);
      expect(
        score.falsePositiveRate,
        `false alarms: ${score.alarms.map((a) => a.line.sentence).join(' | ')}`,
      ).toBeLessThanOrEqual(0.1);
    },
  );
});
