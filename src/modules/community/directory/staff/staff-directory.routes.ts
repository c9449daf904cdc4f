import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../../../context.ts';
import { userActor } from '../../../../platform/http/request-actor.ts';
import { userInScheme } from '../../../../platform/http/request-scheme.ts';
import { SlugParams } from '../../../../platform/http/schema-types.ts';
import * as S from './staff-directory.schemas.ts';
import { addServiceNote } from './use-cases/add-service-note.ts';
import { assignDirectoryOwner } from './use-cases/assign-directory-owner.ts';
import { deleteServiceNote } from './use-cases/delete-service-note.ts';
import { editService } from './use-cases/edit-service.ts';
import { findDirectoryOrganizations } from './use-cases/find-directory-organizations.ts';
import { listChangeReports } from './use-cases/list-change-reports.ts';
import { listOwnedDirectoryOrganizations } from './use-cases/list-owned-directory-organizations.ts';
import { listServiceNotes } from './use-cases/list-service-notes.ts';
import { listOurServices } from './use-cases/our-services.ts';
import { removeDirectoryOwner } from './use-cases/remove-directory-owner.ts';
import { reportChange } from './use-cases/report-change.ts';
import { resolveChange } from './use-cases/resolve-change.ts';
import { searchChoices } from './use-cases/search-choices.ts';
import { searchServices } from './use-cases/search-services.ts';
import { getServiceDetail } from './use-cases/service-detail.ts';

const tags = ['directory'];

/** The community directory for a scheme's staff: search, service pages, team notes, change reports and owners' edits. */
export function staffDirectoryRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/:slug/directory/services',
      {
        config: { scheme: 'directory.search' },
        schema: { tags, params: SlugParams, querystring: S.SearchQuery, response: { 200: S.SearchResults } },
      },
      async (request) => searchServices(ctx, { ...userInScheme(request), query: request.query }),
    );

    app.get(
      '/:slug/directory/search-choices',
      {
        config: { scheme: 'directory.search' },
        schema: { tags, params: SlugParams, response: { 200: S.SearchChoices } },
      },
      async (request) => searchChoices(ctx, userInScheme(request)),
    );

    app.get(
      '/:slug/directory/services/:id',
      {
        config: { scheme: 'directory.report-change' },
        schema: { tags, params: S.ServiceParams, response: { 200: S.ServiceDetail } },
      },
      async (request) => getServiceDetail(ctx, { ...userInScheme(request), serviceId: request.params.id }),
    );

    app.put(
      '/:slug/directory/services/:id',
      {
        config: { scheme: 'directory.edit-own' },
        schema: { tags, params: S.ServiceParams, body: S.EditServiceBody, response: { 200: S.ServiceDetail } },
      },
      async (request) =>
        editService(ctx, { ...userInScheme(request), serviceId: request.params.id, input: request.body }),
    );

    app.get(
      '/:slug/directory/services/:id/notes',
      {
        config: { scheme: 'directory.note' },
        schema: { tags, params: S.ServiceParams, response: { 200: S.NoteList } },
      },
      async (request) => listServiceNotes(ctx, { ...userInScheme(request), serviceId: request.params.id }),
    );

    app.post(
      '/:slug/directory/services/:id/notes',
      {
        config: { scheme: 'directory.note' },
        schema: { tags, params: S.ServiceParams, body: S.NoteBody, response: { 201: S.NoteList } },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await addServiceNote(ctx, { ...userInScheme(request), serviceId: request.params.id, input: request.body }),
          ),
    );

    app.delete(
      '/:slug/directory/services/:id/notes/:noteId',
      { config: { scheme: 'directory.note' }, schema: { tags, params: S.NoteParams, response: { 200: S.NoteList } } },
      async (request) =>
        deleteServiceNote(ctx, {
          ...userInScheme(request),
          serviceId: request.params.id,
          noteId: request.params.noteId,
        }),
    );

    app.post(
      '/:slug/directory/services/:id/change-reports',
      {
        config: { scheme: 'directory.report-change' },
        schema: { tags, params: S.ServiceParams, body: S.ChangeReportBody, response: { 201: S.ChangeReportCreated } },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await reportChange(ctx, { ...userInScheme(request), serviceId: request.params.id, input: request.body }),
          ),
    );

    app.get(
      '/:slug/directory/change-reports',
      {
        config: { scheme: 'directory.review-changes' },
        schema: { tags, params: SlugParams, querystring: S.ChangeReportQuery, response: { 200: S.ChangeReportList } },
      },
      async (request) => listChangeReports(ctx, { ...userInScheme(request), ...request.query }),
    );

    app.post(
      '/:slug/directory/change-reports/:id/resolve',
      {
        config: { scheme: 'directory.review-changes' },
        schema: { tags, params: S.ReportParams, body: S.ResolveBody, response: { 200: S.ChangeReportList } },
      },
      async (request) =>
        resolveChange(ctx, { ...userInScheme(request), reportId: request.params.id, input: request.body }),
    );

    app.get(
      '/:slug/directory/our-services',
      {
        config: { scheme: 'directory.edit-own' },
        schema: { tags, params: SlugParams, response: { 200: S.OwnedServiceList } },
      },
      async (request) => listOurServices(ctx, userInScheme(request)),
    );
  };
}

/** Administrators: which directory organisations each Linkwork organisation looks after. */
export function directoryOwnerAdminRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const adminTags = ['admin', 'directory'];
    app.get(
      '/organisations/:id/directory-organizations',
      { schema: { tags: adminTags, params: S.OrganisationParams, response: { 200: S.OwnedDirectoryOrganizations } } },
      async (request) => listOwnedDirectoryOrganizations(ctx, userActor(request), request.params.id),
    );

    app.put(
      '/organisations/:id/directory-organizations/:directoryOrganizationId',
      { schema: { tags: adminTags, params: S.OwnerParams, response: { 200: S.OwnedDirectoryOrganizations } } },
      async (request) =>
        assignDirectoryOwner(ctx, userActor(request), request.params.id, request.params.directoryOrganizationId),
    );

    app.delete(
      '/organisations/:id/directory-organizations/:directoryOrganizationId',
      { schema: { tags: adminTags, params: S.OwnerParams, response: { 200: S.OwnedDirectoryOrganizations } } },
      async (request) =>
        removeDirectoryOwner(ctx, userActor(request), request.params.id, request.params.directoryOrganizationId),
    );

    app.get(
      '/directory-organizations',
      {
        schema: {
          tags: adminTags,
          querystring: S.DirectoryOrganizationQuery,
          response: { 200: S.DirectoryOrganizationMatches },
        },
      },
      async (request) => findDirectoryOrganizations(ctx, userActor(request), request.query.q),
    );
  };
}
