import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.ts';
import {
  decodeRiskCursor,
  encodeRiskCursor,
  levelOfRank,
  presentActiveRisk,
  rankAtLeast,
  RISK_RANK,
} from './active-risk-levels.ts';
import { riskTimelineText } from './risk-timeline.ts';

describe('active risk levels', () => {
  it('orders the levels so "this level and above" is a range of ranks', () => {
    expect(RISK_RANK.immediate).toBeGreaterThan(RISK_RANK.high);
    expect(RISK_RANK.high).toBeGreaterThan(RISK_RANK.medium);
    expect(RISK_RANK.medium).toBeGreaterThan(RISK_RANK.low);
    expect(rankAtLeast('high')).toBe(RISK_RANK.high);
    expect([0, 1, 2, 3, 4].map(levelOfRank)).toEqual([null, null, 'medium', 'high', 'immediate']);
  });

  it('presents no active risk as null, and one as its level, time and ids', () => {
    expect(presentActiveRisk(undefined)).toBeNull();
    const since = new Date('2026-03-29T00:30:00Z');
    expect(presentActiveRisk({ level: 'high', since, riskId: 'r', caseId: 'c' })).toEqual({
      level: 'high',
      since: '2026-03-29T00:30:00.000Z',
      riskId: 'r',
      caseId: 'c',
    });
  });

  it('round-trips a risk-ordered cursor and refuses one it did not give out, naming the field', () => {
    const position = {
      rank: 3,
      at: new Date('2026-10-25T01:30:00Z'),
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      overdue: true,
    };
    expect(decodeRiskCursor(encodeRiskCursor(position))).toEqual(position);
    expect(decodeRiskCursor(undefined)).toBeNull();
    for (const bad of [
      'nonsense',
      Buffer.from('[3,"x","y",false]').toString('base64url'),
      Buffer.from('["3","2026-01-01T00:00:00Z","7c9e6679-7425-40de-944b-e07fc1f90ae7",false]').toString('base64url'),
    ]) {
      let error: unknown;
      try {
        decodeRiskCursor(bad, 'after');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).errors?.[0]?.field).toBe('after');
    }
  });

  it('says each risk event in words, with the reason an action was not done', () => {
    expect(riskTimelineText({ kind: 'recorded', level: 'medium', subject: '', note: 'Plan to harm himself.' })).toBe(
      'Risk check recorded: medium risk — Plan to harm himself.',
    );
    expect(riskTimelineText({ kind: 'escalated', level: 'immediate', subject: 'Sam Patel, Ana Lee', note: '' })).toBe(
      'Immediate risk escalated: Sam Patel, Ana Lee told',
    );
    expect(
      riskTimelineText({
        kind: 'action-not-done',
        level: 'high',
        subject: 'Tell the GP',
        note: 'She will tell them herself.',
      }),
    ).toBe('Risk action not done: Tell the GP — reason: She will tell them herself.');
    expect(
      riskTimelineText({
        kind: 'action-overdue',
        level: 'high',
        subject: 'Tell the GP',
        note: 'Sam Patel, Ana Lee told',
      }),
    ).toBe('Risk action overdue: Tell the GP — Sam Patel, Ana Lee told');
    expect(riskTimelineText({ kind: 'closed', level: 'high', subject: '', note: 'Safe now.' })).toBe(
      'High risk closed — Safe now.',
    );
  });
});
