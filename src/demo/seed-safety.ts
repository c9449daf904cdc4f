import type { AppContext } from '../context.ts';
import { demoActor } from './demo-actor.ts';
import { seedLoneWorking } from './seed-lone-working.ts';
import { seedRisk } from './seed-risk.ts';
import { seedSupport } from './seed-support.ts';
import { seedTraining } from './seed-training.ts';

/**
 * The safety and support demo, after the pathway demo: safety settings and supervisors, then each
 * area's records (risk, lone working, supervision and debriefs, training), made through the use cases.
 */
export async function seedSafety(ctx: AppContext, slug: string, onProgress: (message: string) => void): Promise<void> {
  // First: safety settings and named supervisors, which the other areas rely on.
  await seedSupport(ctx, slug, onProgress);
  onProgress('recording a high risk and a safeguarding concern');
  await seedRisk(
    ctx,
    { slug, worker: await demoActor(ctx, slug, 'worker@demo.example.org', 'seed-demo-risk') },
    onProgress,
  );
  onProgress('planning lone-working visits');
  await seedLoneWorking(ctx, slug);
  await seedTraining(ctx, slug, onProgress);
}
