import { registerEnumType } from 'type-graphql';

/**
 * ADMIN is agency-wide and held on the user; the other roles are held per client through a Membership.
 * Public API: the names are part of the schema.
 */
export enum Role {
  ADMIN = 'ADMIN',
  PR_SPECIALIST = 'PR_SPECIALIST',
  RESPONSIBLE = 'RESPONSIBLE',
  REPRESENTATIVE = 'REPRESENTATIVE',
  TRAINER = 'TRAINER',
}

registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    ADMIN: { description: 'Agency-wide: manages clients, users and everything else.' },
    PR_SPECIALIST: { description: 'Writes and approves briefs and the argument base, sets KPIs, reviews reports.' },
    RESPONSIBLE: { description: 'Answers escalated questions on the topics they are responsible for.' },
    REPRESENTATIVE: { description: 'Speaks for the brand on platforms with the approved replies.' },
    TRAINER: { description: 'Certifies representatives.' },
  },
});

/**
 * Roles a membership can carry (ADMIN is not one of them): everyone working for a client. The one
 * staff list: `@Authorized(CLIENT_STAFF)` admits any of them (ADMIN passes every check).
 */
export const CLIENT_STAFF = [Role.PR_SPECIALIST, Role.RESPONSIBLE, Role.REPRESENTATIVE, Role.TRAINER] as const;
