/** The bare baseline for bench/api-key-list: node:http + pg, the same SQL the API runs for allApiKeys. */
import http from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const server = http.createServer(async (request, response) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const { clientId } = JSON.parse(Buffer.concat(chunks).toString()) as { clientId: string };
  const { rows } = await pool.query(
    `SELECT id, name, prefix, scopes, created_at, last_used_at, revoked_at FROM api_key WHERE client_id = $1 ORDER BY created_at DESC, id ASC LIMIT 25`,
    [clientId],
  );
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ data: { allApiKeys: rows } }));
});

server.listen(Number(process.env.PORT ?? 0), () => console.log(`listening on ${(server.address() as { port: number }).port}`));
