import { pick, type ResourceDefinition } from '../resource-definition';

export const userResource: ResourceDefinition = {
  type: 'User',
  plural: 'Users',
  fields: 'id email name isAdmin isActive createdAt version memberships { id role client { id name slug } }',
  filterType: 'UserFilter',
  createInputType: 'CreateUserInput',
  updateInputType: 'UpdateUserInput',
  toCreateInput: (data) => pick(data, ['email', 'name', 'password', 'isAdmin']),
  toUpdateInput: (data) => pick(data, ['email', 'name', 'isAdmin', 'isActive', ...(data.password ? ['password'] : [])]),
};
