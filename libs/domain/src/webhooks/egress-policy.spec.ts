import { checkAddress, decideEgress, egressAllowListVariable, parseEgressAllowList, type EgressDecision, type EgressLookup, type ResolvedAddress } from './egress-policy';

const none = parseEgressAllowList(undefined);
/** The host of a URL as the WHATWG parser normalises it (what the API and the sender see). */
const hostOf = (url: string) => new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
const ruleOf = (address: string) => {
  const v = checkAddress(address);
  return v.allowed ? 'allowed' : v.rule;
};
const v4 = (...addresses: string[]): ResolvedAddress[] => addresses.map((address) => ({ address, family: 4 }));
/** A resolver that must not be asked. */
const noLookup: EgressLookup = () => Promise.reject(new Error('the resolver was asked'));
const decide = (url: string, lookup: EgressLookup = noLookup, allow = none): Promise<EgressDecision> => decideEgress(new URL(url), allow, lookup);

describe('webhook egress policy: addresses', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf:ffff::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['203.0.113.7', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['2001::1', 'reserved'], // Teredo
    ['100::1', 'reserved'],
    ['fec0::1', 'reserved'],
    ['::7f00:1', 'reserved'], // IPv4-compatible (deprecated)
    ['4000::1', 'reserved'], // outside global unicast
    // IPv6 forms carrying a refused IPv4 address: the IPv4 address decides.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:a00:1', 'private'],
    ['64:ff9b::127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['64:ff9b:1::1', 'reserved'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:c0a8:101::1', 'private'],
  ])('refuses %s (%s)', (address, rule) => {
    expect(ruleOf(address)).toBe(rule);
  });

  it.each(['93.184.216.34', '8.8.8.8', '1.1.1.1', '100.63.255.255', '100.128.0.0', '172.15.255.255', '172.32.0.0', '192.169.0.1', '223.255.255.255', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'])(
    'allows the public address %s',
    (address) => {
      expect(checkAddress(address)).toEqual({ allowed: true, byAllowList: false });
    },
  );

  it('names the range in its reason, and the embedded address of a mapped form', () => {
    expect(checkAddress('169.254.169.254')).toEqual({ allowed: false, rule: 'link-local', reason: '169.254.169.254 is a link-local address (169.254.0.0/16)' });
    expect(checkAddress('::ffff:7f00:1')).toEqual({ allowed: false, rule: 'loopback', reason: '::ffff:7f00:1 is the IPv4-mapped form of 127.0.0.1: 127.0.0.1 is a loopback address (127.0.0.0/8)' });
    expect(checkAddress('4000::1')).toMatchObject({ reason: expect.stringContaining('outside global unicast 2000::/3') });
    expect(checkAddress('not-an-ip')).toMatchObject({ allowed: false, rule: 'reserved' });
  });
});

describe('webhook egress policy: URLs as the WHATWG parser normalises them', () => {
  it.each([
    ['http://2130706433/', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://0x7f000001/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://127.0.0.1./', '127.0.0.1'],
    ['http://0/', '0.0.0.0'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[::ffff:7f00:1]/', '::ffff:7f00:1'],
    ['http://[64:ff9b::127.0.0.1]/', '64:ff9b::7f00:1'],
    ['http://[0:0:0:0:0:0:0:1]/', '::1'],
  ])('%s is %s, refused without asking the resolver', async (url, host) => {
    expect(hostOf(url)).toBe(host);
    await expect(decide(url)).resolves.toMatchObject({ ok: false, failure: 'egress-refused' });
  });

  it.each(['http://localhost:3000/', 'http://LOCALHOST/', 'http://localhost./', 'https://api.localhost/', 'http://a.b.localhost:8080/x'])(
    'refuses %s as localhost without asking the resolver',
    async (url) => {
      await expect(decide(url)).resolves.toMatchObject({ ok: false, failure: 'egress-refused', rule: 'localhost' });
    },
  );

  it('refuses a scheme other than http(s)', async () => {
    await expect(decide('ftp://93.184.216.34/')).resolves.toMatchObject({ ok: false, rule: 'scheme' });
    await expect(decide('file:///etc/passwd')).resolves.toMatchObject({ ok: false, rule: 'scheme' });
  });

  it('resolves a name and refuses it when its only address, or any one of them, is refused', async () => {
    await expect(decide('http://metadata.example/', async () => v4('169.254.169.254'))).resolves.toEqual({
      ok: false,
      failure: 'egress-refused',
      rule: 'link-local',
      reason: 'metadata.example resolves to 169.254.169.254: 169.254.169.254 is a link-local address (169.254.0.0/16)',
    });
    await expect(decide('https://mixed.example/', async () => [...v4('93.184.216.34'), { address: '::1', family: 6 }])).resolves.toMatchObject({ ok: false, rule: 'loopback' });
    const public2 = [...v4('93.184.216.34'), { address: '2606:2800:220:1::1', family: 6 as const }];
    await expect(decide('https://hooks.example.org/duban', async () => public2)).resolves.toEqual({ ok: true, addresses: public2 });
  });

  it('passes the name to the resolver as the URL has it', async () => {
    const asked: string[] = [];
    await decide('https://Hooks.Example.ORG./x', async (h) => (asked.push(h), v4('8.8.8.8')));
    expect(asked).toEqual(['hooks.example.org.']);
  });

  it('tells a name that does not exist from a resolver outage', async () => {
    const failing = (code: string): EgressLookup => () => Promise.reject(Object.assign(new Error(`getaddrinfo ${code}`), { code }));
    await expect(decide('https://nowhere.example/', failing('ENOTFOUND'))).resolves.toEqual({ ok: false, failure: 'dns-failure', notFound: true, reason: 'nowhere.example could not be resolved (ENOTFOUND)' });
    await expect(decide('https://slow.example/', failing('EAI_AGAIN'))).resolves.toMatchObject({ ok: false, failure: 'dns-failure', notFound: false });
    await expect(decide('https://empty.example/', async () => [])).resolves.toMatchObject({ ok: false, failure: 'dns-failure', notFound: true });
  });
});

describe('webhook egress allow-list (WEBHOOK_EGRESS_ALLOW)', () => {
  const allow = parseEgressAllowList(' hooks.corp.internal , *.svc.cluster.local,10.1.2.0/24, 127.0.0.1,fd00:1::/64 ');

  it('reads names, wildcards, addresses and CIDR ranges; nothing by default', () => {
    expect(allow.entries).toEqual(['hooks.corp.internal', '*.svc.cluster.local', '10.1.2.0/24', '127.0.0.1', 'fd00:1::/64']);
    expect(parseEgressAllowList('').entries).toEqual([]);
    expect(parseEgressAllowList(undefined).allowsAddress('127.0.0.1')).toBe(false);
    expect(parseEgressAllowList(undefined).allowsHost('localhost')).toBe(false);
  });

  it('lets a listed range through, and only it', () => {
    expect(checkAddress('10.1.2.77', allow)).toEqual({ allowed: true, byAllowList: true });
    expect(checkAddress('10.1.3.1', allow)).toMatchObject({ allowed: false, rule: 'private' });
    expect(checkAddress('127.0.0.1', allow)).toEqual({ allowed: true, byAllowList: true });
    expect(checkAddress('::ffff:127.0.0.1', allow)).toEqual({ allowed: true, byAllowList: true });
    expect(checkAddress('127.0.0.2', allow)).toMatchObject({ allowed: false, rule: 'loopback' });
    expect(checkAddress('fd00:1::5', allow)).toEqual({ allowed: true, byAllowList: true });
    expect(checkAddress('fd00:2::5', allow)).toMatchObject({ allowed: false, rule: 'unique-local' });
  });

  it('lets a listed name through whatever it resolves to; a wildcard covers the names below it', async () => {
    const internal: EgressLookup = async () => v4('10.9.9.9');
    await expect(decide('https://hooks.corp.internal/duban', internal, allow)).resolves.toEqual({ ok: true, addresses: v4('10.9.9.9') });
    await expect(decide('https://HOOKS.corp.internal./duban', internal, allow)).resolves.toMatchObject({ ok: true });
    await expect(decide('http://billing.svc.cluster.local/', internal, allow)).resolves.toMatchObject({ ok: true });
    await expect(decide('http://svc.cluster.local/', internal, allow)).resolves.toMatchObject({ ok: false, rule: 'private' });
    await expect(decide('https://other.corp.internal/', internal, allow)).resolves.toMatchObject({ ok: false, rule: 'private' });
    // A listed range passes an unlisted name that resolves into it.
    await expect(decide('https://ci.corp.internal/', async () => v4('10.1.2.3'), allow)).resolves.toMatchObject({ ok: true });
  });

  it('lets localhost through only when it is listed by name', async () => {
    const loopback: EgressLookup = async () => v4('127.0.0.1');
    await expect(decide('http://localhost:8080/', loopback, allow)).resolves.toMatchObject({ ok: false, rule: 'localhost' });
    await expect(decide('http://localhost:8080/', loopback, parseEgressAllowList('localhost'))).resolves.toEqual({ ok: true, addresses: v4('127.0.0.1') });
  });

  it('refuses a malformed entry, naming it', () => {
    expect(() => parseEgressAllowList('hooks.corp.internal,10.0.0.0/33,not a host,10.1.2,http://x/')).toThrow(
      'not a host name, *.name, IP address or CIDR range: "10.0.0.0/33", "not a host", "10.1.2", "http://x/"',
    );
    expect(egressAllowListVariable.safeParse('fd00::/129').success).toBe(false);
    expect(egressAllowListVariable.parse(undefined).entries).toEqual([]);
  });
});
