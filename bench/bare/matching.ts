/**
 * The bare baseline for bench/matching: node:http + pg sending the same SQL the API sends for
 * matchSituations (the brief in force, then MATCH_SQL), with the same text preparation. It returns
 * the SQL's answer as is: the ranking the API does in TypeScript afterwards is not done here.
 */
import http from 'node:http';
import { Pool } from 'pg';
import { MATCH_SQL, matchParameters } from '../../api/modules/matching/match-query';
import { analysePost } from '../../api/modules/matching/post-analysis';
import { brandWords, foldText, meaningfulText } from '../../api/modules/matching/post-text';
import { postWords } from '../../api/modules/matching/matching.service';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const server = http.createServer(async (request, response) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const { clientId, brandName, text } = JSON.parse(Buffer.concat(chunks).toString()) as { clientId: string; brandName: string; text: string };
  const { rows: briefs } = await pool.query(`SELECT * FROM brief_version WHERE client_id = $1 AND status = 'APPROVED' LIMIT 1`, [clientId]);
  const keywords: string[] = briefs[0] ? [...briefs[0].content.topics.flatMap((topic: { keywords: string[] }) => topic.keywords)] : [];
  const meaningful = meaningfulText(text, brandWords(brandName));
  const { rows } = await pool.query(MATCH_SQL.replaceAll('$client', '$1'), [clientId, ...matchParameters(meaningful, [...postWords(text).map(foldText), ...keywords], analysePost(meaningful))]);
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ data: { matchSituations: rows[0].result } }));
});

server.listen(Number(process.env.PORT ?? 0), () => console.log(`listening on ${(server.address() as { port: number }).port}`));
