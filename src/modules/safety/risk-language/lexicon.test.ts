import { describe, expect, it } from 'vitest';
import { builtInRiskLanguage } from './describe.ts';
import { describeMatch, detectRiskLanguage, detectWithRules } from './detect.ts';
import { EVERYDAY_IDIOMS, RISK_LEXICON } from './rules/lexicon.ts';

describe('each lexicon entry (the safety net under the phrase rules)', () => {
  it('has a unique id, a plain reason, examples and traps', () => {
    expect(new Set(RISK_LEXICON.map((e) => e.id)).size).toBe(RISK_LEXICON.length);
    for (const entry of RISK_LEXICON) {
      expect(entry.id.startsWith('lexicon.'), entry.id).toBe(true);
      expect(entry.reason.length, entry.id).toBeGreaterThan(10);
      expect(entry.examples.length, entry.id).toBeGreaterThan(0);
      expect(entry.traps.length, entry.id).toBeGreaterThan(0);
    }
  });

  describe.each(RISK_LEXICON.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    it.each(entry.examples.map((e) => [e]))('catches "%s" on its own, with no phrase rule', (example) => {
      expect(detectWithRules([], example, [], [entry]).map((m) => m.rule)).toContain(entry.id);
    });
    it.each(entry.traps.map((t) => [t]))('stays quiet on the everyday "%s"', (trap) => {
      expect(detectRiskLanguage(trap)).toEqual([]);
    });
  });
});

describe('each everyday idiom guard', () => {
  it('names the idiom and has examples', () => {
    for (const idiom of EVERYDAY_IDIOMS) {
      expect(idiom.idiom.length, idiom.idiom).toBeGreaterThan(5);
      expect(idiom.examples.length, idiom.idiom).toBeGreaterThan(0);
      expect(idiom.patterns.length + (idiom.setting?.length ?? 0), idiom.idiom).toBeGreaterThan(0);
    }
  });

  it.each(EVERYDAY_IDIOMS.flatMap((i) => i.examples.map((e) => [i.idiom, e] as const)))(
    '%s: keeps "%s" quiet',
    (_idiom, example) => {
      expect(detectRiskLanguage(example)).toEqual([]);
    },
  );

  it('is what keeps each example quiet: without the guards the lexicon would fire on some of them', () => {
    // The same sentences about a person with the idiom broken up: the lexicon word now counts.
    for (const [said, word] of [
      ['we were killing him in the waiting room', 'killing him'],
      ['the battery on my phone was fine but she died', 'died'],
      ['he cut her', 'cut'],
      ["I'm dead", 'dead'],
    ] as const) {
      expect(
        detectWithRules([], said, [], RISK_LEXICON).map((m) => m.excerpt),
        said,
      ).toContain(word);
    }
  });
});

describe('the lexicon layer in the detector', () => {
  it('fires only in a sentence about a person', () => {
    expect(detectWithRules([], 'The bridge. I went there again.', [], RISK_LEXICON)).toEqual([]);
    expect(detectWithRules([], 'I went to the bridge again', [], RISK_LEXICON)).toMatchObject([
      { category: 'suicide', rule: 'lexicon.means', excerpt: 'bridge' },
    ]);
    expect(detectWithRules([], 'Home visit: the fridge was empty.', [], RISK_LEXICON)).toMatchObject([
      { category: 'self-neglect', rule: 'lexicon.neglect' },
    ]);
  });

  it('stays out of a sentence a phrase rule already explains, and adds in another sentence', () => {
    expect(
      detectRiskLanguage('He keeps hitting me, I am scared of him').map((m) => m.rule.startsWith('lexicon.')),
    ).not.toContain(true);
    const found = detectRiskLanguage('He keeps hitting me. Pt says she feels worthless lately.');
    expect(found.map((m) => m.rule)).toEqual(['abuse.physical', 'lexicon.despair']);
  });

  it('gives a plainer reason for a lexicon match', () => {
    const [match] = detectRiskLanguage('she keeps talking about dying');
    expect(match).toMatchObject({ rule: 'lexicon.dying', excerpt: 'dying' });
    expect(describeMatch(match!)).toBe('"dying" (mentions of dying or of suicide)');
  });

  it('is listed for managers under each category it covers', () => {
    const listed = builtInRiskLanguage().flatMap((c) => c.rules.map((r) => [c.category, r.id] as const));
    for (const entry of RISK_LEXICON) expect(listed).toContainEqual([entry.category, entry.id]);
  });
});
