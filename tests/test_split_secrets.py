"""A text the code splits into a secret-named part holds that secret whole
(secret_uses._note_split / _split_into; flow_scan's _note_split, the prefilter's
superset). crawl4ai's `ProxyConfig.from_string` raises its whole `proxy_str` when it
matches none of its forms, after `ip, port, username, password = parts`."""

from __future__ import annotations

import textwrap

import pytest

from modelred_lint.catalogue import load_catalogue
from modelred_lint.engine import Plan, lint_bytes

CODES = load_catalogue().ids
WITH = Plan.build(CODES)
WITHOUT = Plan.build(CODES, use_prefilter=False)

REPORTED = {
    "destructured from a name bound to the split, through a trim": ('''
        def from_string(proxy_str: str):
            s = (proxy_str or "").strip()
            parts = s.split(":")
            if len(parts) == 4:
                ip, port, username, password = parts
                return ip, port, username, password
            raise ValueError(f"Invalid proxy string format: {proxy_str}")
        ''', "MR020", 7),
    "destructured from the split itself, logged": ('''
        import logging
        log = logging.getLogger(__name__)

        def login(creds):
            user, password = creds.split(":", 1)
            log.info("logging in with %s", creds)
            return user, password
        ''', "MR021", 6),
    "one part read by its index": ('''
        import logging
        log = logging.getLogger(__name__)

        def parse(entry):
            parts = entry.rsplit("|", 2)
            api_key = parts[2]
            log.warning(f"odd entry {entry}")
            return api_key
        ''', "MR021", 7),
    "a starred secret-named target": ('''
        def login(creds):
            user, *password = creds.split(":")
            print(f"bad credentials: {creds}")
        ''', "MR021", 3),
    "partition": ('''
        def parse(line):
            provider, _, api_key = line.partition("=")
            if not provider:
                raise ValueError(f"no provider in {line!r}")
            return provider, api_key
        ''', "MR020", 4),
}

NOT_REPORTED = {
    "parts named like no secret": ('''
        def parse(line):
            key, value = line.split("=", 1)
            if not key:
                raise ValueError(f"bad line {line!r}")
            return key, value
        '''),
    "a name that describes a secret": ('''
        def parse(spec):
            provider, key_name = spec.split(":")
            if not provider:
                raise ValueError(f"bad spec {spec}")
            return provider, key_name
        '''),
    "a reference to a stored secret": ('''
        import logging
        logger = logging.getLogger(__name__)

        def read_secret(client, secret_ref):
            namespace, secret = secret_ref.split("/", 1)
            logger.info("reading Kubernetes secret %s", secret_ref)
            return client.read_namespaced_secret(secret, namespace)
        '''),
    "a name bound twice is not followed back": ('''
        def parse(raw, default):
            s = raw.strip()
            s = default
            user, password = s.split(":")
            raise ValueError(f"bad value {raw}")
        '''),
    "split into a secret, but only a part is shown": ('''
        def parse(creds):
            user, password = creds.split(":", 1)
            if not user:
                raise ValueError(f"no user for {user!r}")
            return user, password
        '''),
}


def _found(code: str, plan: Plan) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in lint_bytes("t.py", textwrap.dedent(code).encode(), plan).findings]


@pytest.mark.parametrize("plan", [WITH, WITHOUT], ids=["prefilter", "no-prefilter"])
@pytest.mark.parametrize("case", sorted(REPORTED))
def test_a_text_split_into_a_secret_is_reported(case, plan):
    code, rule, line = REPORTED[case]
    code = textwrap.dedent(code).lstrip("\n")
    assert (rule, line) in _found(code, plan), case


@pytest.mark.parametrize("case", sorted(NOT_REPORTED))
def test_split_into_no_secret_is_not_reported(case):
    code = textwrap.dedent(NOT_REPORTED[case]).lstrip("\n")
    assert not [f for f in _found(code, WITHOUT) if f[0] in ("MR020", "MR021")], case


def test_the_message_names_the_whole_text():
    code = textwrap.dedent(REPORTED["destructured from a name bound to the split, through a trim"][0]).lstrip("\n")
    findings = lint_bytes("t.py", code.encode(), WITHOUT).findings
    assert any("`proxy_str`" in f.message for f in findings if f.rule == "MR020")
