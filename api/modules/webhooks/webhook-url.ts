import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { webhooksMayReachPrivateAddresses } from '../../config';

/** Public unicast only: loopback, link-local, private, carrier-grade NAT, multicast, reserved... are not. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

export type UrlVerdict = { ok: true; url: URL } | { ok: false; problem: 'not-public' | 'unresolved' | 'malformed'; message: string };

function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/**
 * Whether a webhook may be sent to `raw`: an http(s) URL without credentials whose host resolves
 * only to public addresses. Checked at registration and again before every delivery (a name may
 * come to point elsewhere); the connection itself goes through guardedLookup.
 */
export async function checkWebhookUrl(raw: string, allowPrivate = webhooksMayReachPrivateAddresses()): Promise<UrlVerdict> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, problem: 'malformed', message: 'not a URL; give a full address such as https://crm.example.com/hooks/repbase' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'malformed', message: 'only http:// and https:// addresses are accepted' };
  if (url.username || url.password) return { ok: false, problem: 'malformed', message: 'put no user name or password in the address; the signature authenticates the server' };
  const host = hostOf(url);
  let addresses: string[];
  if (ipaddr.isValid(host)) addresses = [host];
  else {
    try {
      addresses = (await dns.promises.lookup(host, { all: true })).map((entry) => entry.address);
    } catch {
      return { ok: false, problem: 'unresolved', message: `the host "${host}" cannot be found in DNS` };
    }
  }
  if (!allowPrivate) {
    const refused = addresses.find((address) => !isPublicAddress(address));
    if (refused) return { ok: false, problem: 'not-public', message: `"${host}" is ${refused}, a loopback, link-local or private address; webhooks go to public addresses only` };
  }
  return { ok: true, url };
}

/** A DNS lookup for the delivery's connection that refuses non-public answers, so a name cannot be re-pointed between the check and the connect. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, entries) => {
      if (error) return callback(error, '', 0);
      const list = entries as dns.LookupAddress[];
      const refused = allowPrivate ? undefined : list.find((entry) => !isPublicAddress(entry.address));
      if (refused) return callback(Object.assign(new Error(`${hostname} resolves to ${refused.address}, not a public address`), { code: 'ENOTPUBLIC' }), '', 0);
      if (options.all) return (callback as unknown as (error: null, addresses: dns.LookupAddress[]) => void)(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
}
