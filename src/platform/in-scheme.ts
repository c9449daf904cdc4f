import type { Actor } from './actor.ts';

/** A scheme named in a URL, once the actor has been authorised for the action there. */
export interface SchemeRef {
  id: string;
  slug: string;
  name: string;
}

/**
 * What a use case about one scheme's data takes, with its own input beside it: who is calling, and the
 * scheme, already found and authorised for the route's action (by the scheme hook, from `config.scheme`).
 */
export interface InScheme<A extends Actor = Actor> {
  actor: A;
  scheme: SchemeRef;
}
