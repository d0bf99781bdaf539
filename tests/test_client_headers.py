"""client_headers.client_key_headers: which credential headers a module sets on its HTTP
clients and sessions (the printed `session.headers` of another function shows them)."""

from __future__ import annotations

import textwrap

import libcst as cst
import pytest

from modelred_lint.catalogue import load_catalogue
from modelred_lint.client_headers import client_key_headers
from modelred_lint.engine import Plan

KNOWLEDGE = Plan.build(load_catalogue().ids).prefilter.knowledge


def _headers(code: str) -> frozenset:
    module = cst.parse_module(textwrap.dedent(code))
    return client_key_headers(module, KNOWLEDGE.vocab, KNOWLEDGE.dataflow)


@pytest.mark.parametrize("code, expected", [
    # set on a session by its item
    ('s = requests.Session()\ns.headers["Authorization"] = "Bearer " + token\n', {"authorization"}),
    # by update, a display or keywords
    ('self.session.headers.update({"X-Api-Key": key})\n', {"x-api-key"}),
    # a display handed to the client's maker, here or by a name bound to it
    ('c = aiohttp.ClientSession(headers={"x-apikey": key})\n', {"x-apikey"}),
    ('h = {"Authorization": f"Bearer {t}", "Accept": "json"}\ns = aiohttp.ClientSession(headers=h)\n', {"authorization"}),
    # httpx prints Authorization as [secure]; its other key headers in clear
    ('c = httpx.Client(headers={"Authorization": f"Bearer {t}"})\n', set()),
    ('c = httpx.Client(headers={"x-apikey": k})\n', {"x-apikey"}),
    # no credential header, or a literal value (no secret of the module's)
    ('s.headers["User-Agent"] = agent\n', set()),
    ('s = requests.Session()\ns.headers.update({"Authorization": "none"})\n', set()),
    # a display bound to a name never handed to a client
    ('h = {"Authorization": f"Bearer {t}"}\nrequests.get(url, headers=h)\n', set()),
])
def test_credential_headers_set_on_clients(code, expected):
    assert _headers(code) == frozenset(expected)
