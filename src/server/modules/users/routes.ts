import {
  CreateUserBody,
  ResetPasswordBody,
  UpdateUserBody,
  User,
  UserList,
  UserListQuery,
  UserParams,
} from '../../../contract/users';
import type { AppDeps } from '../../deps';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { usersService } from './service';

export function usersRoutes(app: Api, deps: AppDeps) {
  const users = usersService(deps);
  const tags = ['users'];

  app.get('/api/users', {
    config: { permission: 'users:read' },
    schema: {
      tags,
      summary: 'Accounts of the office',
      querystring: UserListQuery,
      response: { 200: UserList },
    },
    handler: (request) => users.findUsers(userContext(request), request.query),
  });

  app.post('/api/users', {
    config: { permission: 'users:manage' },
    schema: {
      tags,
      summary: 'Create an account with a one-time password',
      body: CreateUserBody,
      response: { 201: User },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await users.createUser(userContext(request), request.body)),
  });

  app.get('/api/users/:id', {
    config: { permission: 'users:read' },
    schema: { tags, summary: 'One account', params: UserParams, response: { 200: User } },
    handler: (request) => users.getUser(userContext(request), request.params.id),
  });

  app.patch('/api/users/:id', {
    config: { permission: 'users:manage' },
    schema: {
      tags,
      summary: 'Edit, (de)activate or change the roles of an account',
      params: UserParams,
      body: UpdateUserBody,
      response: { 200: User },
    },
    handler: (request) => users.updateUser(userContext(request), request.params.id, request.body),
  });

  app.post('/api/users/:id/password', {
    config: { permission: 'users:manage' },
    schema: {
      tags,
      summary: 'Set a one-time password; the person must change it at sign-in',
      params: UserParams,
      body: ResetPasswordBody,
      response: { 200: User },
    },
    handler: (request) => users.resetPassword(userContext(request), request.params.id, request.body),
  });
}
