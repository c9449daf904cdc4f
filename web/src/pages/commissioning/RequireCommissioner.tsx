import { Outlet } from 'react-router-dom';
import { useSession } from '../../auth/SessionContext.tsx';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';

/**
 * Commissioning pages follow the person's commissioner memberships, whichever role is active, as the server does:
 * someone who commissions one scheme and manages another need not change role to read the figures.
 */
export function RequireCommissioner() {
  const { state } = useSession();
  if (state.status !== 'signed-in') return null;
  if (!state.session.memberships.some((m) => m.role === 'commissioner')) {
    return (
      <ForbiddenContent detail="Commissioning reports are only for people granted a scheme to commission. Ask your administrator if you should be." />
    );
  }
  return <Outlet />;
}
