import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import type { AdminUser } from '../../api/types.ts';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useAdminUser } from './useAdminUser.ts';

interface AdminUserFromAddressProps {
  /** Renders the page for the loaded user; `back` is the address of their account page. */
  children: (user: AdminUser, back: string) => ReactNode;
}

/** Loads the user named in the page address (/admin/users/:id/…), showing loading and failure states. */
export function AdminUserFromAddress({ children }: AdminUserFromAddressProps) {
  const id = useParams().id ?? '';
  const { state } = useAdminUser(id);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  return <>{children(state.data, `/admin/users/${encodeURIComponent(id)}`)}</>;
}

/** The reminder before an action that could hand someone else an account. */
export function IdentityCheckReminder({ name }: { name: string }) {
  return (
    <p>
      Do this only when you are sure you are dealing with {name}, for example after checking their identity in person or
      by calling them back on a known number.
    </p>
  );
}
