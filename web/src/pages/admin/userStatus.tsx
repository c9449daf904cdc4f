import type { AdminUser } from '../../api/types.ts';
import { Tag } from '../../components/Tag.tsx';

/** Whether an account is usable right now, in words (colour only repeats them). */
export function UserStatusTag({ user }: { user: AdminUser }) {
  if (!user.active) return <Tag colour="grey">Deactivated</Tag>;
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now()) return <Tag colour="orange">Locked</Tag>;
  return <Tag colour="green">Active</Tag>;
}

/** Two-factor status in words. */
export function TwoFactorTag({ enabled }: { enabled: boolean }) {
  return enabled ? <Tag colour="green">On</Tag> : <Tag colour="orange">Not set up</Tag>;
}
