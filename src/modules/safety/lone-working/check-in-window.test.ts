import { describe, expect, it } from 'vitest';
import { checkInRefusal, checkInWindow, expectedEndFromCheckIn } from './check-in-window.ts';

const plannedStart = new Date('2026-11-23T14:00:00Z');
const expectedEnd = new Date('2026-11-23T15:00:00Z');
const at = (iso: string) => new Date(iso);

describe('the check-in window', () => {
  it("opens the scheme's window before the planned start and closes at the planned end", () => {
    const window = checkInWindow({ plannedStart, expectedEnd }, 60);
    expect(window).toEqual({ from: at('2026-11-23T13:00:00Z'), until: expectedEnd });
    expect(checkInRefusal(window, at('2026-11-23T12:59:59Z'))).toMatch(
      /check in from 13:00 on 23 Nov 2026.*unplanned visit/,
    );
    expect(checkInRefusal(window, at('2026-11-23T13:00:00Z'))).toBeNull();
    expect(checkInRefusal(window, at('2026-11-23T15:00:00Z'))).toBeNull();
    expect(checkInRefusal(window, at('2026-11-23T15:00:01Z'))).toMatch(
      /planned to end at 15:00 on 23 Nov 2026.*unplanned visit/,
    );
  });

  it('with no window, opens at the planned start', () => {
    const window = checkInWindow({ plannedStart, expectedEnd }, 0);
    expect(checkInRefusal(window, at('2026-11-23T13:59:00Z'))).not.toBeNull();
    expect(checkInRefusal(window, plannedStart)).toBeNull();
  });

  it('gives the times in London time across a clock change', () => {
    // 29 March 2026: the clocks went forward at 01:00 GMT; 10:00 UTC is 11:00 in London.
    const window = checkInWindow(
      { plannedStart: at('2026-03-29T11:00:00Z'), expectedEnd: at('2026-03-29T12:00:00Z') },
      60,
    );
    expect(checkInRefusal(window, at('2026-03-29T09:00:00Z'))).toMatch(/from 11:00 on 29 Mar 2026/);
  });

  it('moves the expected end to the actual check-in plus the planned length, early or late', () => {
    expect(expectedEndFromCheckIn({ plannedStart, expectedEnd }, at('2026-11-23T13:20:00Z'))).toEqual(
      at('2026-11-23T14:20:00Z'),
    );
    expect(expectedEndFromCheckIn({ plannedStart, expectedEnd }, at('2026-11-23T14:35:00Z'))).toEqual(
      at('2026-11-23T15:35:00Z'),
    );
  });
});
