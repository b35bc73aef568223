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

/**
 * Reads an uncompressed JSON body while watching its nesting: past `depthLimit` the rest is read and
 * dropped, never kept, and the request is refused (400, type json.too.deep); past `limitBytes`, 413.
 * Otherwise it parses the body like express.json. Compressed bodies are left to express.json, which
 * runs after this with the same depth check on the inflated bytes.
 */
export function jsonBodyWithDepthLimit(options: { limitBytes: number; depthLimit: number }) {
  return (request: Request, _response: Response, next: NextFunction): void => {
    const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase();
    if (encoding !== 'identity' || !request.is('application/json')) return next();
    const scanner = new JsonDepthScanner(options.depthLimit);
    const chunks: Buffer[] = [];
    let received = 0;
    let refusal: BodyRefusal | undefined;
    request.on('data', (chunk: Buffer) => {
      if (refusal) return;
      received += chunk.length;
      if (received > options.limitBytes) {
        // Answered at once, like body-parser; what is still arriving is read and dropped.
        refusal = new BodyRefusal('request entity too large', 413, 'entity.too.large');
        chunks.length = 0;
        return next(refusal);
      } else if (scanner.tooDeepAfter(chunk)) {
        refusal = jsonTooDeep(options.depthLimit);
      } else {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
    });
    request.on('error', (error) => next(error));
    request.on('end', () => {
      if (refusal?.status === 413) return;
      if (refusal) return next(refusal);
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return next();
      try {
        request.body = JSON.parse(text);
      } catch {
        return next(new BodyRefusal('invalid JSON', 400, 'entity.parse.failed'));
      }
      next();
    });
  };
}

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** "4mb", "512kb", "100000": the body-size notation of BODY_LIMIT, in bytes. */
export function byteCount(notation: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(notation);
  if (!match) throw new Error(`BODY_LIMIT must be a size such as 4mb or 512kb, got "${notation}"`);
  return Math.floor(Number(match[1]) * UNITS[(match[2] ?? 'b').toLowerCase()]);
}
