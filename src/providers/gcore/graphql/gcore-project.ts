import type { GcoreProjectRecord } from '../read.js';
import { requireGcore } from '../scope.js';
import { badUserInput } from '../../../errors.js';
import { parseUpstreamTimestamp } from '../../../upstream/timestamps.js';
import { builder } from '../../../schema/builder.js';

export const GcoreProjectRef = builder.objectRef<GcoreProjectRecord>('GcoreProject');

/** The local part of a GcoreProject global id: the project id. */
function parseLocalId(id: string): number {
  if (!/^[1-9][0-9]{0,15}$/.test(id)) throw badUserInput('Not a GcoreProject id.', { argument: 'id' });
  return Number(id);
}

builder.node(GcoreProjectRef, {
  description: 'A Gcore project (`GET /cloud/v1/projects`): images are listed per project and region.',
  // Parsed while the `id`/`ids` argument is decoded: a malformed id fails its field before any call.
  id: { resolve: (project) => String(project.id), parse: parseLocalId },
  loadOne: async (projectId, context) =>
    (await requireGcore(context).directory.projects()).find((project) => project.id === projectId) ?? null,
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'client_id' in value && 'is_default' in value,
  fields: (t) => ({
    projectId: t.int({ description: 'Gcore project id, as the API paths use it.', resolve: (project) => project.id }),
    clientId: t.int({
      nullable: true,
      description: '`client_id`: the Gcore account.',
      resolve: (project) => project.client_id,
    }),
    name: t.exposeString('name', { nullable: true, description: 'Project name.' }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'Project description; null when unset.',
    }),
    isDefault: t.exposeBoolean('is_default', {
      description: 'The account’s default project (`is_default`; a project without the key is not the default).',
    }),
    state: t.exposeString('state', { nullable: true, description: '`state`, e.g. ACTIVE.' }),
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the project was created.',
      resolve: (project) => parseUpstreamTimestamp(project.created_at),
    }),
    deletedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the project was deleted; null while it exists.',
      resolve: (project) => parseUpstreamTimestamp(project.deleted_at),
    }),
    taskId: t.string({
      nullable: true,
      description: '`task_id` of the task working on the project, if any.',
      resolve: (project) => project.task_id,
    }),
  }),
});

builder.queryFields((t) => ({
  gcoreProjects: t.field({
    type: [GcoreProjectRef],
    // Root fields are nullable: one failing field must not null the whole response.
    nullable: true,
    description: 'Every Gcore project the API key can see (`GET /cloud/v1/projects`, all pages).',
    resolve: (_root, _args, context) => requireGcore(context).directory.projects(),
  }),
}));
