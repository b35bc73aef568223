import type { ImportCounts, ImportProblem } from '../common/ImportProblems';
import { graphql } from '../graphql';
import { session } from '../session';

export type ImportOutcome = { counts: ImportCounts } | { problems: ImportProblem[]; message: string };

const IMPORT = `mutation Import($csv: String!, $approve: Boolean, $progressId: ID) {
  importArgumentBase(csv: $csv, approve: $approve, progressId: $progressId) { created updated unchanged }
}`;

const PROGRESS = `query ImportProgress($id: ID!) { argumentBaseImport(id: $id) { status rowsDone rowsTotal } }`;

export interface WrittenRows {
  done: number;
  total: number;
}

/**
 * Polls the import's progress row (argumentBaseImport) until `stop` is called: the server writes it
 * outside the import's transaction, after the file is read and after every round of rows.
 */
export function followImport(progressId: string, onWritten: (rows: WrittenRows) => void, everyMs = 500): () => void {
  let stopped = false;
  const poll = async () => {
    while (!stopped) {
      try {
        const { argumentBaseImport } = await graphql<{ argumentBaseImport: { status: string; rowsDone: number; rowsTotal: number } }>(PROGRESS, { id: progressId });
        if (!stopped && argumentBaseImport.rowsTotal > 0) onWritten({ done: argumentBaseImport.rowsDone, total: argumentBaseImport.rowsTotal });
        if (argumentBaseImport.status !== 'RUNNING') return;
      } catch {
        // Not opened yet (the upload is still on its way) or a lost poll: the next one tells.
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  };
  void poll();
  return () => {
    stopped = true;
  };
}

/**
 * Sends the CSV to importArgumentBase with XMLHttpRequest rather than fetch, for its upload progress
 * events; the headers are those of admin/graphql.ts (token and chosen client). With `progressId` the
 * server also records how many rows it has written (followImport reads it).
 */
export function uploadArgumentBase(csv: string, approve: boolean, onProgress: (fraction: number) => void, progressId?: string): Promise<ImportOutcome> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${import.meta.env.BASE_URL.replace(/\/admin\/?$/, '')}/graphql`);
    request.setRequestHeader('Content-Type', 'application/json');
    const token = session.token();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    const client = session.clientSlug();
    if (client) request.setRequestHeader('X-Client', client);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new Error('ra.notification.http_error'));
    request.onload = () => {
      onProgress(1);
      let body: { data?: { importArgumentBase?: ImportCounts }; errors?: { message: string; extensions?: { code?: string; problems?: ImportProblem[] } }[] };
      try {
        body = JSON.parse(request.responseText);
      } catch {
        return reject(new Error('ra.notification.http_error'));
      }
      const [error] = body.errors ?? [];
      if (error) {
        if (error.extensions?.code === 'BAD_USER_INPUT' && error.extensions.problems) {
          return resolve({ problems: error.extensions.problems, message: error.message });
        }
        return reject(new Error(error.message));
      }
      if (!body.data?.importArgumentBase) return reject(new Error('ra.notification.http_error'));
      resolve({ counts: body.data.importArgumentBase });
    };
    request.send(JSON.stringify({ query: IMPORT, variables: { csv, approve, progressId } }));
  });
}
