import { describe, expect, it } from 'vitest';
import { describeMatch, detectRiskLanguage } from './detect.ts';
import { phraseProblem } from './scheme-phrases.ts';
import { stem } from './stem.ts';
import { tokenise } from './tokenise.ts';

/** The list Linkwork shipped before the detector; schemes relied on it, so every phrase must still prompt. */
const PREVIOUS_DEFAULT_LIST = [
  'suicidal',
  'want to die',
  'wants to die',
  'wish i was dead',
  'wish i wasnt here',
  'dont want to be here any more',
  'doesnt want to be here any more',
  'dont want to be alive',
  'dont want to live',
  'dont want to wake up',
  'dont want to be around any more',
  'go to sleep and not wake up',
  'better off dead',
  'better off without me',
  'no reason to live',
  'nothing to live for',
  'no point in living',
  'no point going on',
  'cant go on like this',
  'cant go on any more',
  'kill myself',
  'killing myself',
  'kill herself',
  'kill himself',
  'end my life',
  'ending my life',
  'end my own life',
  'end it all',
  'ending it all',
  'take my own life',
  'take my life',
  'taking my own life',
  'pot of tablets and could take it all',
  'she is stockpiling',
  'saving up my tablets',
  'saving up her pills',
  'going to take it all',
  'take them all',
  'take all my tablets',
  'overdosed',
  'hang myself',
  'hanging myself',
  'jumping off the bridge',
  'jumped in front of a car',
  'could throw myself off',
  'step in front of a bus',
  'said my goodbyes',
  'goodbye letter',
  'self harming',
  'cut myself',
  'cutting myself',
  'cuts herself',
  'hurt myself',
  'hurting myself',
  'harm myself',
  'harming myself',
  'burn myself',
  'burning myself',
  'want to kill him',
  'going to kill her',
  'gonna kill him',
  'kill someone',
  'hurt someone',
  'want to hurt him',
  'going to hurt her',
  'stab him',
  'thoughts of harming others',
  'he often hits me',
  'she hit me',
  'partner hits me',
  'husband hits me',
  'he beats me',
  'he hurts me',
  'pushed me over',
  'strangled',
  'choked me',
  'threatens me',
  'threatened me',
  'threatened to kill',
  'scared of him',
  'afraid of her',
  'frightened of my partner',
  'scared to go home',
  'wont let me leave',
  'wont let me go out',
  'wont let me see my sister',
  'checks my phone',
  'takes all my money',
  'controls my money',
  'domestic abuse',
  'domestic violence',
  'coercive control',
  'hits the kids',
  'hurt the children',
  'left the kids alone',
  'he touched me',
  'abused me',
  'being abused',
  'sexually abused',
  'wont give me any money',
  'took my bank card',
  'takes my pension',
  'made me sign',
  'took my passport',
  'work for nothing',
  'not allowed to leave',
  'hasnt eaten for days',
  'not eaten for days',
];

describe('detectRiskLanguage', () => {
  it('catches the disclosures the old phrase list missed', () => {
    for (const said of [
      "I'm going to end things tonight",
      'he keeps hitting me',
      'I have saved up my pills',
      "I'm a burden to everyone",
      'thinking about ending it',
      'I might as well not be here',
    ]) {
      expect(detectRiskLanguage(said), said).not.toEqual([]);
    }
  });

  it.each(PREVIOUS_DEFAULT_LIST.map((p) => [p]))('still prompts on "%s" from the list it replaces', (phrase) => {
    expect(detectRiskLanguage(phrase)).not.toEqual([]);
  });

  it("reads workers' third person, tenses and shorthand", () => {
    expect(detectRiskLanguage('she said she has been saving her tablets')[0]).toMatchObject({
      category: 'suicide',
      excerpt: 'saving her tablets',
    });
    expect(detectRiskLanguage('pt stockpiled his meds')[0]).toMatchObject({ category: 'suicide' });
    expect(detectRiskLanguage('Hx of O/D x2')[0]).toMatchObject({ category: 'suicide', excerpt: 'O/D' });
    expect(detectRiskLanguage('DSH last wk')[0]).toMatchObject({ category: 'self-harm', excerpt: 'DSH' });
    expect(detectRiskLanguage('ongoing DV at home')[0]).toMatchObject({ category: 'domestic-abuse', excerpt: 'DV' });
  });

  it('prompts on negated disclosures too: the risk check records the "no", the detector does not judge it', () => {
    expect(detectRiskLanguage('denies SI')).toMatchObject([{ category: 'suicide', excerpt: 'SI' }]);
    expect(detectRiskLanguage('no thoughts of self-harm today')).toMatchObject([{ category: 'self-harm' }]);
  });

  it("finds each kind of risk, quoting the note's own words", () => {
    const found = detectRiskLanguage(
      'Mood low. He keeps hitting me, she said. Also worried her son takes her pension.',
    );
    expect(found.map((f) => f.category)).toEqual(['domestic-abuse', 'exploitation']);
    expect(found[0]!.excerpt).toBe('He keeps hitting me');
    expect(describeMatch(found[0]!)).toBe('"He keeps hitting me" (domestic abuse or coercive control)');
  });

  it('finds nothing in an empty note or an everyday one', () => {
    expect(detectRiskLanguage('   ')).toEqual([]);
    expect(detectRiskLanguage('Lovely chat about the allotment; she is over the moon with her leeks.')).toEqual([]);
  });

  it("adds the scheme's own phrases to the built-in rules, with wildcards and inflections", () => {
    // The lexicon safety net also sees the railway (a means of suicide); the scheme's phrase is reported beside it.
    expect(detectRiskLanguage('He mentioned the RAILWAY   line again', ['railway line'])).toContainEqual({
      category: 'scheme',
      rule: 'railway line',
      excerpt: 'RAILWAY line',
    });
    expect(detectRiskLanguage('she walked to the quarry', ['walks * quarry'])).toMatchObject([
      { category: 'scheme', excerpt: 'walked to the quarry' },
    ]);
    expect(detectRiskLanguage('she walked down to the old quarry', ['walks * quarry'])).toEqual([]);
    expect(detectRiskLanguage('I want to die', ['railway line'])).toMatchObject([{ category: 'suicide' }]);
    expect(detectRiskLanguage('anything at all', ['*', ''])).toEqual([]);
    expect(detectRiskLanguage('she keeps saying bluebird', ['blue*'])).toMatchObject([
      { category: 'scheme', excerpt: 'bluebird' },
    ]);
  });

  it('says why a scheme phrase cannot be used', () => {
    expect(phraseProblem('* hits')).toMatch(/start or end/);
    expect(phraseProblem('a')).toMatch(/three letters/);
    expect(phraseProblem('* *')).toMatch(/only wildcards/);
    expect(phraseProblem('railway line')).toBeNull();
  });
});

describe('tokenise and stem', () => {
  it('stems inflections to one form and keeps words that must stay apart apart', () => {
    expect(['saved', 'saving', 'saves', 'save'].map(stem)).toEqual(['save', 'save', 'save', 'save']);
    expect(['cutting', 'cuts', 'cut'].map(stem)).toEqual(['cut', 'cut', 'cut']);
    expect(['strangled', 'strangling', 'strangle'].map(stem)).toEqual(['strangle', 'strangle', 'strangle']);
    expect(stem('rap')).not.toBe(stem('raped'));
  });

  it('spells out contractions and shorthand, and points each word back at the original text', () => {
    const text = 'Pt can\u2019t cope, kms';
    const tokens = tokenise(text);
    expect(tokens.map((t) => t.stem)).toEqual(['pt', 'can', 'not', 'cope', '|', 'kill', 'myself']);
    expect(text.slice(tokens[5]!.start, tokens[5]!.end)).toBe('kms');
  });
});
