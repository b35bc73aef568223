import { Foundation1795333728725 } from './1795333728725-Foundation';
/** Every migration in order; `npm run db:migration:generate -- Name` appends new ones here. */
export const migrations: Function[] = [
  Foundation1795333728725,
];
