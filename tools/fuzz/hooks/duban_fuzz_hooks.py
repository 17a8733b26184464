"""schemathesis hooks of Duban's fuzz step (loaded with SCHEMATHESIS_HOOKS=duban_fuzz_hooks).

POST /subscriptions checks a webhook URL's host by resolving it (the SSRF egress policy, issue 12).
A host name the fuzzer made up would be sent to the system resolver: traffic off this machine, and
a 503 whenever that resolver is slow. Every generated host *name* is therefore replaced with a
documentation address (TEST-NET-3, RFC 5737), which the API refuses as reserved without asking any
resolver; generated IP literals (loopback, private, mapped and numeric forms among them) are kept,
so the egress rules are still fuzzed. Everything else in the body is left as generated.
"""

import ipaddress
from urllib.parse import urlsplit, urlunsplit

import schemathesis

NO_LOOKUP_HOST = "203.0.113.7"


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


@schemathesis.hook
def map_body(ctx, body):
    operation = getattr(ctx, "operation", None)
    if operation is None or operation.method.upper() != "POST" or operation.path != "/subscriptions":
        return body
    if not isinstance(body, dict) or not isinstance(body.get("url"), str):
        return body
    try:
        parts = urlsplit(body["url"])
        host = parts.hostname
    except ValueError:
        return body
    if not host or _is_ip_literal(host):
        return body
    return {**body, "url": urlunsplit((parts.scheme, NO_LOOKUP_HOST, parts.path, parts.query, parts.fragment))}
