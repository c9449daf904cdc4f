import type { ReactNode } from 'react';

export type TagColour =
  'white' | 'grey' | 'green' | 'aqua-green' | 'blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow';

/** A status tag; the words carry the meaning, the colour only helps. */
export function Tag({ children, colour }: { children: ReactNode; colour?: TagColour }) {
  return <strong className={colour ? `nhsuk-tag nhsuk-tag--${colour}` : 'nhsuk-tag'}>{children}</strong>;
}
