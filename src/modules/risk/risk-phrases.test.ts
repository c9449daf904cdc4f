import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_PHRASES, findRiskLanguage, phraseProblem } from './risk-phrases.ts';

describe('risk language in session notes', () => {
  const mustTrigger: [string, string][] = [
    ['I\'ve got a pot of tablets and I could take it all right now', 'pot of tablets'],
    ['I don\'t want to be here any more', 'dont want to be here any more'],
    ['He hits me when he\'s been drinking', 'he * hits me'],
    ['I DON’T want to be here anymore', 'dont want to be here any more'],
    ['Sometimes I think everyone would be better off without me', 'better off without me'],
    ['Said she has been thinking about killing   myself, then corrected to "herself"', 'killing myself'],
    ['She said she has felt suicidal since the funeral', 'suicid*'],
    ['I\'ve been saving up my pills in the drawer', 'saving up * pills'],
    ['There\'s no point in living since Jim died', 'no point * living'],
    ['I\'ve been cutting myself again, on my arms', 'cutting myself'],
    ['he sometimes hits me if tea isn\'t ready', 'he * hits me'],
    ['My partner won\'t let me leave the house on my own', 'wont let me leave'],
    ['I\'m scared of him when he comes home from the pub', 'scared of him'],
    ['Honestly I could just end it all', 'end it all'],
    ['i want to die', 'want to die'],
    ['I wish I wasn’t here', 'wish i wasnt here'],
    ['Some days I feel like I want to kill him', 'want to kill'],
    ['He takes all my money and gives me £10 a week', 'takes * my money'],
    ['Her partner hit the kids last night and she is frightened', 'hit* the kids'],
    ['My stepdad touched me when I was little', 'touched me'],
    ['Took an overdose last year after the divorce', 'overdos*'],
    ['I keep thinking about jumping in front of a train', 'jump* in front of'],
    ['They took my passport and I work every day for nothing', 'took my passport'],
    ['Mentioned self-harm as a teenager, none since', 'self harm*'],
    ['Her son won\'t give her any money from her pension', 'wont give her * money'],
    ['He once hit me with a belt', 'he * hit me'],
  ];

  it.each(mustTrigger)('finds risk language in "%s"', (sentence, phrase) => {
    expect(findRiskLanguage(sentence)).toContain(phrase);
  });

  const mustNotTrigger = [
    'I want to be here for my kids',
    'He hits the gym three times a week',
    'She\'s dying to see the grandchildren at Christmas',
    'We were just killing time before the bus came',
    'I need a bit of time to take it all in',
    'My daughter takes me to the shops on Fridays',
    'I\'d love to be here next year for the summer fair',
    'She hit the ground running at her new job',
    'He takes his tablets for his blood pressure every morning',
    'I\'m scared of heights so I won\'t try the climbing wall',
    'The cake at the new café is to die for',
    'I cut my hair myself during lockdown',
    'She spends Sunday mornings grooming the dog',
    'He has been hitting the books for his college course',
    'My husband handles the bills and the money',
    'I could murder a cup of tea',
    'The walking group really hit the spot',
    'Feeling much better and happy to be here at the group',
    'She is saving up for a holiday to see her sister',
    'Discussed skill-building and the woodwork course',
  ];

  it.each(mustNotTrigger)('finds nothing in "%s"', (sentence) => {
    expect(findRiskLanguage(sentence)).toEqual([]);
  });

  it('uses the scheme\'s own phrases when given, and ignores phrases that cannot be used', () => {
    expect(findRiskLanguage('He mentioned the railway line again', ['railway line'])).toEqual(['railway line']);
    expect(findRiskLanguage('I want to die', ['railway line'])).toEqual([]);
    expect(findRiskLanguage('anything at all', ['*', ''])).toEqual([]);
  });

  it('ships a default list in which every phrase is usable', () => {
    expect(DEFAULT_RISK_PHRASES.filter((p) => phraseProblem(p) !== null)).toEqual([]);
    expect(phraseProblem('* hits')).toMatch(/start or end/);
    expect(phraseProblem('a')).toMatch(/three letters/);
  });
});
