/** The bare baseline for bench/situation-list: node:http + pg, one json_agg statement for 25 situations with their replies. */
import http from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const NESTED = `
SELECT coalesce(json_agg(json_build_object('id', s.id, 'key', s.key, 'title', s.title, 'category', s.category, 'topic', s.topic, 'replies', s.replies)), '[]') AS rows
  FROM (SELECT s.*, (SELECT coalesce(json_agg(json_build_object('id', r.id, 'text', r.text, 'status', r.status) ORDER BY r.created_at, r.id), '[]')
                       FROM reply r WHERE r.situation_id = s.id AND r.client_id = $1) AS replies
          FROM situation s WHERE s.client_id = $1 AND NOT s.is_archived ORDER BY s.title, s.id LIMIT 25) s`;

const server = http.createServer(async (request, response) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const { clientId } = JSON.parse(Buffer.concat(chunks).toString()) as { clientId: string };
  const { rows } = await pool.query(NESTED, [clientId]);
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ data: { allSituations: rows[0].rows } }));
});

server.listen(Number(process.env.PORT ?? 0), () => console.log(`listening on ${(server.address() as { port: number }).port}`));
