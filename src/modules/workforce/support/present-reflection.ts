/** A private reflective log entry as its author sees it. */
import type * as repo from './reflections.repository.ts';
import type { ReflectionView } from './support.schemas.ts';

type Row = Awaited<ReturnType<typeof repo.insertReflection>>;

/** The entry with its dates and the version an edit must start from. */
export const presentReflection = (r: Row): ReflectionView => ({
  id: r.id,
  body: r.body,
  writtenAt: r.written_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  version: r.version,
});
