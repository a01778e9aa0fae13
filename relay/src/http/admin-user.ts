// Who is acting through the admin API or pages, and what their role lets them do.

export type Role = 'viewer' | 'operator' | 'admin';
export const ROLES: readonly Role[] = ['viewer', 'operator', 'admin'];

export interface AdminUser {
  name: string;
  role: Role;
}

/** MLC_ADMIN_TOKEN's holder: the first administrator, named as the audit trail always named it. */
export const FIRST_ADMIN: AdminUser = { name: 'admin', role: 'admin' };

/** Viewers read; operators also act (replay, remap, poll, refresh); only admins manage people. */
export function mayAct(user: AdminUser, method: string): boolean {
  return user.role !== 'viewer' || method === 'GET' || method === 'HEAD';
}

/** Who to name in the audit trail for a request of the admin API or pages (any context with a `user`). */
export function actorOf(c: { var: { user?: AdminUser } }): string {
  return c.var.user?.name ?? FIRST_ADMIN.name;
}
