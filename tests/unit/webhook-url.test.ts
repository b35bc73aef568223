import { checkWebhookUrl, guardedLookup, isPublicAddress } from '../../api/modules/webhooks/webhook-url';
import { retryDelayMs } from '../../api/modules/webhooks/webhook-worker';

describe('webhook addresses', () => {
  it('public unicast addresses only: loopback, private, link-local, CGNAT, unspecified and IPv4-mapped loopback are not', () => {
    for (const address of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fe80::1', 'fd12::1', '::ffff:127.0.0.1', '224.0.0.1']) {
      expect([address, isPublicAddress(address)]).toEqual([address, false]);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) expect([address, isPublicAddress(address)]).toEqual([address, true]);
  });

  it('a URL naming a public address literally is accepted without DNS; credentials and other schemes are refused', async () => {
    expect((await checkWebhookUrl('https://93.184.216.34/hooks', false)).ok).toBe(true);
    expect(await checkWebhookUrl('https://user:pass@93.184.216.34/hooks', false)).toMatchObject({ ok: false, problem: 'malformed' });
    expect(await checkWebhookUrl('file:///etc/passwd', false)).toMatchObject({ ok: false, problem: 'malformed' });
    expect(await checkWebhookUrl('http://[::ffff:7f00:1]/', false)).toMatchObject({ ok: false, problem: 'not-public' });
  });

  it("the delivery's own DNS lookup refuses a name that resolves to a private address (a name re-pointed after registration)", async () => {
    const lookup = (allowPrivate: boolean) =>
      new Promise<{ error: NodeJS.ErrnoException | null; address: unknown }>((resolve) => guardedLookup(allowPrivate)('localhost', {}, (error, address) => resolve({ error, address })));
    expect((await lookup(false)).error?.code).toBe('ENOTPUBLIC');
    expect((await lookup(true)).error).toBeNull();
  });
});

describe('retry waits', () => {
  it('double from 30 s up to an hour, half fixed and half random', () => {
    expect([1, 2, 3, 8, 9, 20].map((attempt) => retryDelayMs(attempt, () => 0))).toEqual([15_000, 30_000, 60_000, 1_800_000, 1_800_000, 1_800_000]);
    expect([1, 2, 3, 8].map((attempt) => retryDelayMs(attempt, () => 1))).toEqual([30_000, 60_000, 120_000, 3_600_000]);
  });
});
