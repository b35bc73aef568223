import ipaddr from 'ipaddr.js';

/** What a request without a readable address is counted as (never seen behind Express, kept total). */
const UNKNOWN_ADDRESS = 'unknown';

/**
 * The address a caller is counted under: IPv4 as it is (an IPv4-mapped IPv6 address too), IPv6 by
 * its /64 network, because one subscriber holds a whole /64 and could otherwise take a fresh address
 * for every attempt. Express gives `request.ip` with `trust proxy` already applied.
 */
export function sourceAddressOf(ip: string | undefined): string {
  if (!ip || !ipaddr.isValid(ip)) return UNKNOWN_ADDRESS;
  const parsed = ipaddr.process(ip);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`);
  return `${network.toString()}/64`;
}
