import { Hono } from 'hono';
import { z } from 'zod';
import { addUser, listUsers, removeUser, UserExistsError } from '../../store/admin-users';
import type { Database } from '../../store/database';
import { actorOf, ROLES } from '../admin-user';
import { ApiError } from '../errors';
import type { AppEnv } from '../types';

const newUser = z.object({
  name: z
    .string()
    .trim()
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,63}$/u, 'a name of letters, digits, spaces and . _ @ -, at most 64'),
  role: z.enum(ROLES as ['viewer', 'operator', 'admin']),
});

/** `/v1/users`: named people with their own tokens and roles. Administrators only. */
export function userRoutes(deps: { database: Database }) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    if (c.get('user')?.role !== 'admin') throw new ApiError('forbidden', 'Only administrators manage people.');
    await next();
  });
  app.get('/', async (c) => c.json({ items: await listUsers(deps.database.db) }));
  app.post('/', async (c) => {
    const body = newUser.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) throw new ApiError('validation_failed', 'Send {"name": "…", "role": "viewer|operator|admin"}.');
    if (body.data.name === 'admin') throw new ApiError('conflict', 'admin is the MLC_ADMIN_TOKEN holder’s name.');
    try {
      const token = await addUser(deps.database, body.data, actorOf(c));
      // The token is shown this once; only its hash is kept.
      return c.json({ name: body.data.name, role: body.data.role, token }, 201);
    } catch (error) {
      if (error instanceof UserExistsError) throw new ApiError('conflict', error.message);
      throw error;
    }
  });
  app.delete('/:name', async (c) => {
    const name = c.req.param('name');
    if (!(await removeUser(deps.database, name, actorOf(c)))) {
      throw new ApiError('not_found', `No user named ${name}.`);
    }
    return c.json({ removed: name });
  });
  return app;
}
