import { AppError } from './errors.ts';

/** For each state, the events allowed in it and the state each leads to. */
export type Transitions<S extends string, E extends string> = Record<S, Partial<Record<E, S>>>;

export interface StateMachine<S extends string, E extends string> {
  /** The state after the event; throws a 409 illegal-transition naming what is allowed instead. */
  next(from: S, event: E): S;
  can(from: S, event: E): boolean;
  /** The events allowed from a state, for screens that only offer what is possible. */
  allowed(from: S): E[];
}

/** Builds an explicit state machine; every change of a record's status goes through one. */
export function stateMachine<S extends string, E extends string>(
  noun: string,
  transitions: Transitions<S, E>,
  describe: (event: E) => string = (e) => e,
): StateMachine<S, E> {
  const allowed = (from: S) => Object.keys(transitions[from] ?? {}) as E[];
  return {
    allowed,
    can: (from, event) => transitions[from]?.[event] !== undefined,
    next(from, event) {
      const to = transitions[from]?.[event];
      if (to !== undefined) return to;
      const options = allowed(from).map(describe);
      throw new AppError(
        'illegal-transition',
        `A ${noun} that is ${from.replace(/_/g, ' ')} cannot be ${describe(event)}. ${options.length ? `It can be: ${options.join(', ')}.` : 'It is finished and cannot change.'}`,
        {
          extra: { from, event, allowed: allowed(from) },
        },
      );
    },
  };
}
