import type { NextFunction, Request, Response } from 'express';

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * Follows how deep a JSON text nests objects and arrays, chunk by chunk, without building anything:
 * JSON.parse of `{"a":{"a":…}}` 650,000 levels deep blocked the event loop for seconds and took
 * hundreds of MB before any rule could look at it. Brackets inside strings do not count. The text
 * need not be valid JSON; the parser judges that afterwards.
 */
export class JsonDepthScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly limit: number) {}

  /** Reads one more chunk; true as soon as the nesting went deeper than the limit. */
  tooDeepAfter(bytes: Uint8Array): boolean {
    for (const byte of bytes) {
      if (this.escaped) {
        this.escaped = false;
      } else if (this.inString) {
        if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) this.inString = false;
      } else if (byte === QUOTE) {
        this.inString = true;
      } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
        this.depth += 1;
        if (this.depth > this.limit) return true;
      } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        this.depth -= 1;
      }
    }
    return false;
  }
}

export function nestsDeeperThan(bytes: Uint8Array, limit: number): boolean {
  return new JsonDepthScanner(limit).tooDeepAfter(bytes);
}

/** An HTTP-level refusal of the body, shaped like body-parser's errors so one handler answers both. */
export class BodyRefusal extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly type: string,
  ) {
    super(message);
  }
}

export const jsonTooDeep = (limit: number) => new BodyRefusal(`JSON nested deeper than ${limit}`, 400, 'json.too.deep');

const tooLarge = () => new BodyRefusal('request entity too large', 413, 'entity.too.large');

/**
 * Reads an uncompressed JSON body while watching its nesting: past `depthLimit` the rest is read and
 * dropped, never kept, and the body is refused (400, type json.too.deep); past `limitBytes`, 413 at
 * once, like body-parser (what is still arriving is read and dropped). Resolves with the parsed value
 * (undefined for an empty body), or rejects with the refusal. Past the limit, `mayGrow` (asked once,
 * the body paused meanwhile; a failure counts as no) may raise it to `largeBytes`.
 */
export function readJsonBody(
  request: NodeJS.ReadableStream,
  limits: { limitBytes: number; depthLimit: number; largeBytes?: number },
  mayGrow?: () => Promise<boolean>,
): Promise<{ body: unknown; grown: boolean }> {
  return new Promise((resolve, reject) => {
    const scanner = new JsonDepthScanner(limits.depthLimit);
    const chunks: Buffer[] = [];
    let received = 0;
    let limit = limits.limitBytes;
    let grown = false;
    let refusal: BodyRefusal | undefined;
    const refuse = (error: BodyRefusal) => {
      refusal = error;
      chunks.length = 0;
      if (error.status === 413) reject(error);
    };
    const keep = (chunk: Buffer) => {
      if (scanner.tooDeepAfter(chunk)) refuse(jsonTooDeep(limits.depthLimit));
      else chunks.push(chunk);
    };
    request.on('data', (chunk: Buffer) => {
      if (refusal) return;
      received += chunk.length;
      if (received <= limit) return keep(chunk);
      const largeBytes = limits.largeBytes;
      if (!mayGrow || grown || largeBytes === undefined || received > largeBytes) return refuse(tooLarge());
      request.pause();
      mayGrow()
        .catch(() => false)
        .then((allowed) => {
          if (!allowed) refuse(tooLarge());
          else {
            limit = largeBytes;
            grown = true;
            keep(chunk);
          }
          request.resume();
        });
      mayGrow = undefined;
    });
    request.on('error', reject);
    request.on('end', () => {
      if (refusal) return reject(refusal);
      const text = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve({ body: undefined, grown });
      try {
        resolve({ body: JSON.parse(text), grown });
      } catch {
        reject(new BodyRefusal('invalid JSON', 400, 'entity.parse.failed'));
      }
    });
  });
}

/**
 * Express's way to `readJsonBody`, for the uncompressed JSON bodies that reach Express. Compressed
 * bodies are left to express.json, which runs after this with the same depth check on the inflated bytes.
 */
export function jsonBodyWithDepthLimit(options: { limitBytes: number; depthLimit: number }) {
  return (request: Request, _response: Response, next: NextFunction): void => {
    const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity' || !request.is('application/json')) return next();
    readJsonBody(request, options).then(({ body }) => {
      if (body !== undefined) request.body = body;
      next();
    }, next);
  };
}

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** "4mb", "512kb", "100000": the body-size notation of BODY_LIMIT, in bytes. */
export function byteCount(notation: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(notation);
  if (!match) throw new Error(`BODY_LIMIT must be a size such as 4mb or 512kb, got "${notation}"`);
  return Math.floor(Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()]);
}
