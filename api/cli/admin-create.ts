/** npm run admin:create -- --email E --password P [--name N]: the first administrator of an empty database. */
import { Command } from 'commander';
import { hashPassword, MINIMUM_PASSWORD_LENGTH } from '../auth/passwords';
import { User } from '../modules/users/user.entity';
import { normaliseEmail } from '../modules/users/user.service';
import { runWithDatabase } from './run-with-database';

const options = new Command('admin:create')
  .requiredOption('--email <email>', 'login e-mail')
  .requiredOption('--password <password>', `at least ${MINIMUM_PASSWORD_LENGTH} characters`)
  .option('--name <name>', 'display name', 'Administrator')
  .parse()
  .opts<{ email: string; password: string; name: string }>();

runWithDatabase(async (dataSource) => {
  const email = normaliseEmail(options.email);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`"${options.email}" is not an e-mail address.`);
  if (options.password.length < MINIMUM_PASSWORD_LENGTH) throw new Error(`The password must be at least ${MINIMUM_PASSWORD_LENGTH} characters.`);
  const users = dataSource.getRepository(User);
  if (await users.existsBy({ email })) throw new Error(`A user with e-mail ${email} already exists.`);
  const admins = await users.countBy({ isAdmin: true });
  if (admins > 0) {
    console.log(`Note: the database already has ${admins} administrator(s); adding another.`);
  }
  await users.save(users.create({ email, name: options.name, passwordHash: await hashPassword(options.password), isAdmin: true, isActive: true }));
  console.log(`Administrator ${email} created. Sign in at /admin.`);
});
