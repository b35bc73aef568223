import request from 'supertest';
import { useTestApp } from '../helpers/app';

const app = useTestApp();

describe('health probes', () => {
  it('/healthz says the process is up', async () => {
    const response = await request(app.server()).get('/healthz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('/readyz says the database answers', async () => {
    const response = await request(app.server()).get('/readyz');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ready' });
  });

  it('/ leads to the admin panel', async () => {
    const response = await request(app.server()).get('/');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/admin/');
  });
});
