export const clientRoleChoices = ['PR_SPECIALIST', 'RESPONSIBLE', 'REPRESENTATIVE', 'TRAINER'].map((role) => ({ id: role, name: `repbase.roles.${role}` }));
