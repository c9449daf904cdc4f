import { useLocation } from 'react-router-dom';
import { NotificationBanner } from './NotificationBanner.tsx';

/** Router state carrying a one-off success message to the next page. */
export interface FlashState {
  flash?: string;
}

function readFlash(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('flash' in state)) return null;
  const { flash } = state as FlashState;
  return typeof flash === 'string' ? flash : null;
}

/** Shows the success message handed over by the page that sent us here, if any. */
export function Flash() {
  const location = useLocation();
  const message = readFlash(location.state);
  if (!message) return null;
  return <NotificationBanner title="Success" heading={message} success />;
}
