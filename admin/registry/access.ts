/** A client role, as the API names it. */
export type Role = 'ADMIN' | 'PR_SPECIALIST' | 'RESPONSIBLE' | 'REPRESENTATIVE' | 'TRAINER';

/**
 * Who may do something: everyone signed in, anyone holding a role in the chosen client, only the
 * agency's administrators, or holders of one of the roles (administrators hold them all).
 */
export type Access = 'everyone' | 'anyRole' | 'agencyAdmin' | readonly Role[];

/** What access is judged on (authProvider's Permissions). */
interface Holder {
  isAdmin: boolean;
  roles: string[];
}

export function allows(permissions: Holder | undefined, access: Access): boolean {
  if (access === 'everyone') return true;
  if (!permissions) return false;
  if (access === 'agencyAdmin') return permissions.isAdmin;
  if (access === 'anyRole') return permissions.isAdmin || permissions.roles.length > 0;
  return permissions.isAdmin || access.some((role) => permissions.roles.includes(role));
}
