import type { ImportCounts, ImportProblem } from '../common/ImportProblems';
import { session } from '../session';

export type ImportOutcome = { counts: ImportCounts } | { problems: ImportProblem[]; message: string };

const IMPORT = `mutation Import($csv: String!, $approve: Boolean) {
  importArgumentBase(csv: $csv, approve: $approve) { created updated unchanged }
}`;

/**
 * Sends the CSV to importArgumentBase with XMLHttpRequest rather than fetch, for its upload progress
 * events; the headers are those of admin/graphql.ts (token and chosen client).
 */
export function uploadArgumentBase(csv: string, approve: boolean, onProgress: (fraction: number) => void): Promise<ImportOutcome> {
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
    request.send(JSON.stringify({ query: IMPORT, variables: { csv, approve } }));
  });
}
