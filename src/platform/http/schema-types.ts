import { Type, type TSchema } from 'typebox';

/** Shared TypeBox building blocks for request and response schemas. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date as yyyy-mm-dd' });
export const IsoDateTime = Type.String({ description: 'A date and time, ISO 8601' });
export const Uuid = Type.String({ format: 'uuid' });
export const Version = Type.Integer({ minimum: 1, description: 'The version you last saw; a newer version on the server gives 409 edit-conflict.' });
export const Cursor = Type.String({ maxLength: 200, description: 'Opaque cursor from the previous page\'s "next".' });
export const SlugParams = Type.Object({ slug: Type.String({ maxLength: 40 }) });
export const SlugIdParams = Type.Object({ slug: Type.String({ maxLength: 40 }), id: Uuid });
