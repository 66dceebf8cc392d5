import ipaddr from 'ipaddr.js';

/**
 * The proxies whose word on the client (`X-Forwarded-For`, `X-Forwarded-Proto`) is taken: one on
 * this machine, as a reverse proxy in front of the server is. Express and the GraphQL endpoint both
 * use it (`proxy-addr`'s names).
 */
export const TRUSTED_PROXIES = 'loopback';

/**
 * The key that per-address limits (login throttle and lock, certificate checks) count a client
 * under. An IPv4 address counts as itself, also when it arrives IPv4-mapped (`::ffff:1.2.3.4`). An
 * IPv6 address counts as its /64 network: one host is usually given a whole /64 and may pick any
 * address in it, so counting single IPv6 addresses would let it start afresh at every request.
 * Anything that is not an address (none reaches here from a socket) counts as itself, cut short.
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address.slice(0, 100);
  const ip = ipaddr.process(address);
  if (ip.kind() === 'ipv4') return ip.toString();
  const parts = (ip as ipaddr.IPv6).parts;
  return `${new ipaddr.IPv6([...parts.slice(0, 4), 0, 0, 0, 0]).toString()}/64`;
}
