import http from 'node:http';

export interface ReceivedWebhook {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  eventId: string;
}

/** A receiving endpoint on 127.0.0.1: records what arrives and answers `status()` (or holds the request while `hold` is set). */
export interface WebhookReceiver {
  url: (path?: string) => string;
  received: ReceivedWebhook[];
  status: number;
  /** While true, requests are recorded but never answered (a process killed mid-send). */
  hold: boolean;
  close: () => Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const held: http.ServerResponse[] = [];
  const receiver: WebhookReceiver = {
    url: () => '',
    received: [],
    status: 200,
    hold: false,
    close: () =>
      new Promise((resolve) => {
        for (const response of held) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      receiver.received.push({ path: request.url ?? '', headers: request.headers, body, eventId: String(request.headers['repbase-event-id']) });
      if (receiver.hold) held.push(response);
      else response.writeHead(receiver.status).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  receiver.url = (path = '/hook') => `http://127.0.0.1:${port}${path}`;
  return receiver;
}
