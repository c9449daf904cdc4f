import { Type, type Static, type TSchema } from 'typebox';

/** Shared TypeBox building blocks for request and response schemas. */

/**
 * A value or null. For plain types this is `type: [t, 'null']`, not `anyOf`: with type coercion on,
 * Ajv would otherwise turn a null into 0 or "" on the first branch (a manager could never clear a
 * maximum age; a goal's "no progress score" would become 0).
 */
export function Nullable<T extends TSchema>(schema: T) {
  const type = (schema as { type?: unknown }).type;
  if (typeof type === 'string' && type !== 'object' && type !== 'array' && type !== 'null') {
    return Type.Unsafe<Static<T> | null>({ ...schema, type: [type, 'null'] });
  }
  return Type.Unsafe<Static<T> | null>(Type.Union([schema, Type.Null()]));
}
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date as yyyy-mm-dd' });
export const IsoDateTime = Type.String({ description: 'A date and time, ISO 8601' });
export const Uuid = Type.String({ format: 'uuid' });
export const Version = Type.Integer({
  minimum: 1,
  description: 'The version you last saw; a newer version on the server gives 409 edit-conflict.',
});
export const Cursor = Type.String({ maxLength: 200, description: 'Opaque cursor from the previous page\'s "next".' });
/** A cursor into a list of people by name: it carries the last name shown (up to 200 characters), so it is longer. */
export const PeopleCursor = Type.String({
  maxLength: 400,
  description: 'Opaque cursor from the previous page\'s "next".',
});
export const SlugParams = Type.Object({ slug: Type.String({ maxLength: 40 }) });
export const SlugIdParams = Type.Object({ slug: Type.String({ maxLength: 40 }), id: Uuid });
