import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Nullable } from '../../../platform/http/schema-types.ts';
import { CIRCUMSTANCES } from './circumstances.ts';
import { DISCHARGE_REASONS } from './discharge-reasons.ts';
import { ETHNIC_CATEGORIES } from './ethnicity.ts';
import { NEEDS } from './needs.ts';

const Coded = Type.Object({ code: Type.String(), label: Type.String() });
const Codes = Type.Object({
  needs: Type.Array(
    Type.Object({
      code: Type.String(),
      label: Type.String(),
      snomed: Nullable(Type.Object({ code: Type.String(), display: Type.String() })),
    }),
  ),
  circumstances: Type.Array(
    Type.Object({ code: Type.String(), label: Type.String(), defaultAlternative: Type.String() }),
  ),
  ethnicCategories: Type.Array(Coded),
  dischargeReasons: Type.Array(Coded),
});

/** The coded lists forms choose from; public, since the self-referral form needs them too. */
export function codesRoutes(): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/',
      { config: { auth: 'public' }, schema: { tags: ['codes'], response: { 200: Codes } } },
      async (_request, reply) => {
        reply.header('cache-control', 'public, max-age=3600');
        return {
          needs: [...NEEDS],
          circumstances: [...CIRCUMSTANCES],
          ethnicCategories: [...ETHNIC_CATEGORIES],
          dischargeReasons: [...DISCHARGE_REASONS],
        };
      },
    );
  };
}
