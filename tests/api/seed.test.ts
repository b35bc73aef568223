import { Client } from '../../api/modules/clients/client.entity';
import { Platform } from '../../api/modules/platforms/platform.entity';
import { User } from '../../api/modules/users/user.entity';
import { DEMO_PASSWORD, demoUsers } from '../../seeds/demo-people';
import { seedDemoData } from '../../seeds/demo';
import { useTestApp } from '../helpers/app';

// A database of its own: the demo data must not leak into other tests' expectations.
const app = useTestApp({ ownDatabase: true });

describe('the demo data', () => {
  it('loads both clients and a login for every role, and loading it again changes nothing', async () => {
    const first = await seedDemoData(app.dataSource);
    expect(first.created).toBeGreaterThan(0);
    expect((await app.dataSource.getRepository(Client).find()).map((client) => client.slug).sort()).toEqual(['autolider', 'bank-severny']);
    expect(await app.dataSource.getRepository(User).count()).toBe(demoUsers.length);
    expect(await app.dataSource.getRepository(Platform).count()).toBeGreaterThan(0);

    const second = await seedDemoData(app.dataSource);
    expect(second.created).toBe(0);
  });

  it('every demo login signs in with the documented password', async () => {
    await seedDemoData(app.dataSource);
    for (const user of demoUsers) {
      const result = await app.gql('mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', {
        email: user.email,
        password: DEMO_PASSWORD,
      });
      expect([user.email, result.errors]).toEqual([user.email, undefined]);
    }
  });
});
