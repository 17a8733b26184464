import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { z } from 'zod';

/**
 * The webhook egress policy (issue 12; ours, not the seed plan's): where Duban may send a webhook.
 *
 * Threat: server-side request forgery. Whoever can create a subscription (an admin, or an attacker
 * holding an admin's token or write access to the store) could otherwise make the consumers POST
 * to the machine itself (`127.0.0.1:3000`, the store's port), the cloud metadata service
 * (`169.254.169.254`) or any host of the internal network, and read the answers back through the
 * delivery records. The policy refuses every address that is not globally routable, in every
 * spelling, and an operator names the internal receivers that are meant (`WEBHOOK_EGRESS_ALLOW`).
 *
 * Pure computation: `node:net`'s `BlockList` and `isIP` do the address arithmetic, the WHATWG URL
 * parser has already normalised numeric hosts (`2130706433`, `0x7f.1`, `0177.0.0.1`, `127.1` all
 * become `127.0.0.1`; `[::ffff:127.0.0.1]` becomes `[::ffff:7f00:1]`). Name resolution is passed
 * in ({@link EgressLookup}), so the same decision runs at subscription time (API) and at send time
 * (consumers), and tests can play a rebinding DNS server.
 *
 * Not exported from `@duban/domain` (whose index the workflow bundle imports, where `node:net`
 * cannot go): import it from `@duban/domain/egress`.
 */

/** Why an address or URL is refused. */
export const EGRESS_RULES = [
  'scheme',
  'localhost',
  'unspecified',
  'loopback',
  'private',
  'cgnat',
  'link-local',
  'unique-local',
  'multicast',
  'broadcast',
  'reserved',
] as const;
export type EgressRule = (typeof EGRESS_RULES)[number];

/** Each rule in words, e.g. for a refusal naming it: `a loopback address`. */
export const EGRESS_RULE_TEXT: Readonly<Record<EgressRule, string>> = {
  scheme: 'a scheme other than http or https',
  localhost: 'a localhost name',
  unspecified: 'an unspecified address',
  loopback: 'a loopback address',
  private: 'a private address',
  cgnat: 'a carrier-grade NAT (shared) address',
  'link-local': 'a link-local address',
  'unique-local': 'a unique-local address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved or special-purpose address',
};

interface Range {
  cidr: string;
  rule: EgressRule;
  list: BlockList;
}

const range = (cidr: string, rule: EgressRule): Range => {
  const [network, bits] = cidr.split('/') as [string, string];
  const list = new BlockList();
  list.addSubnet(network, Number(bits), isIP(network) === 6 ? 'ipv6' : 'ipv4');
  return { cidr, rule, list };
};

/**
 * IPv4 ranges that are not globally reachable (IANA IPv4 Special-Purpose Address Registry, RFC
 * 6890 and successors). The order matters where ranges nest: the first match names the rule.
 */
const IPV4_REFUSED: Range[] = [
  range('0.0.0.0/8', 'unspecified'),
  range('10.0.0.0/8', 'private'),
  range('100.64.0.0/10', 'cgnat'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local'),
  range('172.16.0.0/12', 'private'),
  range('192.0.0.0/24', 'reserved'), // IETF protocol assignments
  range('192.0.2.0/24', 'reserved'), // documentation (TEST-NET-1)
  range('192.88.99.0/24', 'reserved'), // the retired 6to4 relay anycast
  range('192.168.0.0/16', 'private'),
  range('198.18.0.0/15', 'reserved'), // benchmarking
  range('198.51.100.0/24', 'reserved'), // documentation (TEST-NET-2)
  range('203.0.113.0/24', 'reserved'), // documentation (TEST-NET-3)
  range('224.0.0.0/4', 'multicast'),
  range('255.255.255.255/32', 'broadcast'),
  range('240.0.0.0/4', 'reserved'),
];

/** IPv6 ranges that are not globally reachable (IANA IPv6 Special-Purpose Address Registry); the embedding prefixes are handled first. */
const IPV6_REFUSED: Range[] = [
  range('::/128', 'unspecified'),
  range('::1/128', 'loopback'),
  range('::/96', 'reserved'), // IPv4-compatible addresses, deprecated (RFC 4291)
  range('64:ff9b:1::/48', 'reserved'), // local-use NAT64 (RFC 8215)
  range('100::/64', 'reserved'), // discard-only
  range('2001:db8::/32', 'reserved'), // documentation
  range('2001::/23', 'reserved'), // IETF protocol assignments, Teredo (2001::/32) included: its embedded address is obfuscated
  range('fc00::/7', 'unique-local'),
  range('fe80::/10', 'link-local'),
  range('fec0::/10', 'reserved'), // site-local, deprecated
  range('ff00::/8', 'multicast'),
];

/** Global unicast: an IPv6 address outside it (and outside the embeddings below) is unallocated or special. */
const IPV6_GLOBAL_UNICAST = range('2000::/3', 'reserved');

/** IPv6 forms that carry an IPv4 address, which decides instead: where the packet really goes. */
const IPV4_EMBEDDINGS: { range: Range; form: string; at: number }[] = [
  { range: range('::ffff:0:0/96', 'reserved'), form: 'IPv4-mapped', at: 12 },
  { range: range('64:ff9b::/96', 'reserved'), form: 'NAT64', at: 12 },
  { range: range('2002::/16', 'reserved'), form: '6to4', at: 2 },
];

export type AddressVerdict = { allowed: true; byAllowList: boolean } | { allowed: false; rule: EgressRule; reason: string };

/**
 * Whether Duban may connect to `address` (an IPv4 or IPv6 address in text form, as `isIP` reads
 * it; an IPv6 zone id is ignored). Refused: every range above, and an IPv6 address carrying a
 * refused IPv4 address (mapped, NAT64, 6to4). An address in an allow-list range is allowed
 * whatever it is. Anything that is not an IP address is refused as `reserved`.
 */
export function checkAddress(address: string, allow: EgressAllowList = EMPTY_ALLOW_LIST): AddressVerdict {
  const plain = address.replace(/%.*$/, '');
  const family = isIP(plain);
  if (family === 0) return { allowed: false, rule: 'reserved', reason: `${JSON.stringify(address)} is not an IP address` };
  if (allow.allowsAddress(plain)) return { allowed: true, byAllowList: true };
  const refused = family === 4 ? refusedIpv4(plain) : refusedIpv6(plain);
  if (refused) return { allowed: false, ...refused };
  return { allowed: true, byAllowList: false };
}

function refusedIpv4(address: string): { rule: EgressRule; reason: string } | undefined {
  const hit = IPV4_REFUSED.find((r) => r.list.check(address, 'ipv4'));
  return hit && { rule: hit.rule, reason: `${address} is ${EGRESS_RULE_TEXT[hit.rule]} (${hit.cidr})` };
}

function refusedIpv6(address: string): { rule: EgressRule; reason: string } | undefined {
  for (const embedding of IPV4_EMBEDDINGS) {
    if (!embedding.range.list.check(address, 'ipv6')) continue;
    const v4 = ipv6Bytes(address).slice(embedding.at, embedding.at + 4).join('.');
    const inner = refusedIpv4(v4);
    return inner && { rule: inner.rule, reason: `${address} is the ${embedding.form} form of ${v4}: ${inner.reason}` };
  }
  const hit = IPV6_REFUSED.find((r) => r.list.check(address, 'ipv6')) ?? (IPV6_GLOBAL_UNICAST.list.check(address, 'ipv6') ? undefined : IPV6_GLOBAL_UNICAST);
  return hit && { rule: hit.rule, reason: `${address} is ${EGRESS_RULE_TEXT[hit.rule]} (${hit.cidr === '2000::/3' ? 'outside global unicast 2000::/3' : hit.cidr})` };
}

/** The 16 bytes of an IPv6 address that `isIP` accepted (`::` shorthand and a dotted IPv4 tail included). */
function ipv6Bytes(address: string): number[] {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const groups = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  return all.flatMap((g) => [g >> 8, g & 0xff]);
}

/**
 * The operator's exceptions (`WEBHOOK_EGRESS_ALLOW`): host names (exact, or `*.example.internal`
 * for every name below one) and addresses or CIDR ranges (`10.1.2.0/24`, `fd00:1::/64`,
 * `127.0.0.1`). A listed name is allowed whatever it resolves to; a listed range allows the
 * addresses in it whatever name led there. Nothing is allowed by default: the local tests list
 * their own receivers explicitly.
 */
export class EgressAllowList {
  private readonly hosts = new Set<string>();
  private readonly suffixes: string[] = [];
  private readonly ranges = new BlockList();

  /** @param entries already validated by {@link parseEgressAllowList} */
  constructor(readonly entries: readonly string[] = []) {
    for (const entry of entries) {
      const cidr = parseCidr(entry);
      if (cidr) this.ranges.addSubnet(cidr.network, cidr.bits, cidr.family === 6 ? 'ipv6' : 'ipv4');
      else if (entry.startsWith('*.')) this.suffixes.push(entry.slice(1));
      else this.hosts.add(entry);
    }
  }

  /** A host name (lower case, with or without the root's trailing dot) the operator listed. */
  allowsHost(hostname: string): boolean {
    const name = normaliseName(hostname);
    return this.hosts.has(name) || this.suffixes.some((s) => name.endsWith(s));
  }

  /** An address inside a listed range (an IPv4-mapped IPv6 address matches its IPv4 range, as `BlockList` does). */
  allowsAddress(address: string): boolean {
    const family = isIP(address);
    return family !== 0 && this.ranges.check(address, family === 6 ? 'ipv6' : 'ipv4');
  }

  toString(): string {
    return this.entries.length === 0 ? '(none)' : this.entries.join(',');
  }
}

const EMPTY_ALLOW_LIST = new EgressAllowList();

const HOST_NAME = /^(\*\.)?(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

function parseCidr(entry: string): { network: string; bits: number; family: 4 | 6 } | undefined {
  const [network = '', bits, extra] = entry.split('/');
  const found = isIP(network);
  if (found === 0 || extra !== undefined) return undefined;
  const family = found === 6 ? 6 : 4;
  const max = family === 4 ? 32 : 128;
  if (bits === undefined) return { network, bits: max, family };
  if (!/^\d{1,3}$/.test(bits) || Number(bits) > max) return undefined;
  return { network, bits: Number(bits), family };
}

function normaliseName(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

/**
 * Reads a comma-separated allow-list; throws a `RangeError` naming every entry that is neither a
 * host name, a `*.`-wildcard name, an IP address nor a CIDR range. Empty or unset: nothing allowed.
 */
export function parseEgressAllowList(text: string | undefined): EgressAllowList {
  const entries = (text ?? '')
    .split(',')
    .map((e) => normaliseName(e.trim()))
    .filter((e) => e !== '');
  const bad = entries.filter((e) => !parseCidr(e) && (e.includes('/') || isIP(e) !== 0 || !HOST_NAME.test(e) || /^[\d.]+$/.test(e)));
  if (bad.length > 0) throw new RangeError(`not a host name, *.name, IP address or CIDR range: ${bad.map((b) => JSON.stringify(b)).join(', ')}`);
  return new EgressAllowList(entries);
}

/** `WEBHOOK_EGRESS_ALLOW` as a config variable: the API and the consumers read it the same way. */
export const egressAllowListVariable = z
  .string()
  .optional()
  .transform((text, ctx) => {
    try {
      return parseEgressAllowList(text);
    } catch (e) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: e instanceof Error ? e.message : String(e) });
      return z.NEVER;
    }
  });

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves a host name to every address it has (`dns.lookup(name, { all: true })`, with a
 * deadline). Rejects with an error whose `code` is the resolver's (`ENOTFOUND`, `EAI_AGAIN`, …).
 */
export type EgressLookup = (hostname: string) => Promise<ResolvedAddress[]>;

export type EgressDecision =
  | {
      ok: true;
      /** The addresses checked, to connect to and only to (pinned: no second resolution). */
      addresses: ResolvedAddress[];
    }
  | { ok: false; failure: 'egress-refused'; rule: EgressRule; reason: string }
  | {
      ok: false;
      failure: 'dns-failure';
      /** The name does not exist (`ENOTFOUND`, `ENODATA`, no address), rather than a resolver outage. */
      notFound: boolean;
      reason: string;
    };

const NOT_FOUND_CODES = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA']);

/**
 * Decides whether a webhook may go to `url`, and to which addresses: the one decision of the
 * subscription check and the sender.
 *
 * - only `http:` and `https:`;
 * - an IP literal is checked as it is;
 * - `localhost` and `*.localhost` (RFC 6761) are refused without asking the resolver;
 * - any other name is resolved, and refused when ANY of its addresses is refused (a name that
 *   resolves also to an internal address is an attack on whichever one the connection picks);
 * - a name on the allow-list skips the address checks; an address in an allow-list range passes.
 *
 * The caller must connect to the returned addresses only, never resolve the name again: a DNS
 * answer with a zero TTL could otherwise say "public" to the check and "127.0.0.1" to the connect.
 */
export async function decideEgress(url: URL, allow: EgressAllowList, lookup: EgressLookup): Promise<EgressDecision> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, failure: 'egress-refused', rule: 'scheme', reason: `${url.protocol} is ${EGRESS_RULE_TEXT.scheme}` };
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(host);
  if (family !== 0) {
    const verdict = checkAddress(host, allow);
    return verdict.allowed ? { ok: true, addresses: [{ address: host, family: family as 4 | 6 }] } : { ok: false, failure: 'egress-refused', rule: verdict.rule, reason: verdict.reason };
  }
  const name = normaliseName(host);
  const listed = allow.allowsHost(name);
  if (!listed && (name === 'localhost' || name.endsWith('.localhost'))) {
    return { ok: false, failure: 'egress-refused', rule: 'localhost', reason: `${name} is ${EGRESS_RULE_TEXT.localhost} (always the machine itself)` };
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = (await lookup(host)).filter((a) => isIP(a.address) !== 0);
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : undefined;
    return { ok: false, failure: 'dns-failure', notFound: code !== undefined && NOT_FOUND_CODES.has(code), reason: `${name} could not be resolved (${code ?? (e instanceof Error ? e.message : String(e))})` };
  }
  if (addresses.length === 0) return { ok: false, failure: 'dns-failure', notFound: true, reason: `${name} has no address` };
  if (listed) return { ok: true, addresses };
  for (const { address } of addresses) {
    const verdict = checkAddress(address, allow);
    if (!verdict.allowed) return { ok: false, failure: 'egress-refused', rule: verdict.rule, reason: `${name} resolves to ${address}: ${verdict.reason}` };
  }
  return { ok: true, addresses };
}

/** The system resolver (getaddrinfo: /etc/hosts, then DNS), every address, with a deadline of its own. */
export function systemLookup(timeoutMs: number): EgressLookup {
  return async (hostname) => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error(`no DNS answer within ${timeoutMs} ms`), { code: 'ETIMEOUT' })), timeoutMs);
    });
    try {
      const answers = await Promise.race([dnsLookup(hostname, { all: true, verbatim: true }), deadline]);
      return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
    } finally {
      clearTimeout(timer);
    }
  };
}
