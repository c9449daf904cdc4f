import type { AppContext } from '../../context.ts';
import { seedSupport } from './seed-support.ts';

/**
 * The safety and support demo, after the pathway demo: safety settings and supervisors, then each
 * area's records (risk, lone working, supervision and debriefs, training), made through the use cases.
 */
export async function seedSafety(ctx: AppContext, slug: string, onProgress: (message: string) => void): Promise<void> {
  // First: safety settings and named supervisors, which the other areas rely on.
  await seedSupport(ctx, slug, onProgress);
}
