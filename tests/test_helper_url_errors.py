"""A request made by a helper whose URL is built from its parameter, the caller handing
a secret there and catching the error (`_post_json(f"{BASE}/bot{token}/setWebhook", ...)`
in a try): the error's text names the URL, so the caller's message shows the secret
(Summary.url_error_params). The shapes of a Telegram bot's API layer, written afresh: the
token is read from the environment, no key in this file. Each case is linted with and
without the prefilter, which must let every reported file through."""

from __future__ import annotations

import pytest

from modelred_lint.engine import Plan, lint_bytes

PLAN = Plan.build(["MR020", "MR021"])
NO_PREFILTER = Plan.build(["MR020", "MR021"], use_prefilter=False)

HELPERS = '''
import os

import requests

BASE = "https://api.telegram.org"


def _post_json(url, payload):
    resp = requests.post(url, json=payload, timeout=10)
    resp.raise_for_status()
    return resp.json()


def _call(method, url_base, **payload):
    return _post_json(f"{url_base}/{method}", payload)


def _quiet(url, payload=None):
    try:
        return requests.get(url, timeout=10).json()
    except requests.RequestException:
        return None

'''


def findings(body: str, plan) -> list[tuple[str, int]]:
    source = HELPERS + body
    result = lint_bytes("bot.py", source.encode(), plan)
    offset = HELPERS.count("\n")
    return [(f.rule, f.line - offset) for f in result.findings]


CASES = [
    # (the body after the helpers, the findings at lines counted from the body's start)
    ('''
def main():
    token = os.environ["TELEGRAM_BOT_TOKEN"]
    try:
        _post_json(f"{BASE}/bot{token}/setWebhook", {"url": "https://example.com/hook"})
    except Exception as exc:
        print(f"failed to set the webhook: {exc}")
''', [("MR021", 7)]),
    # through a second helper, and by keyword
    ('''
def main():
    token = os.environ["TELEGRAM_BOT_TOKEN"]
    try:
        _call("getMe", url_base=f"{BASE}/bot{token}")
    except requests.RequestException as exc:
        raise RuntimeError(f"getMe failed: {exc}") from exc
''', [("MR020", 7)]),
    # the class's own method
    ('''
class Poller:
    def __init__(self):
        self.token = os.environ["TELEGRAM_BOT_TOKEN"]

    def _get(self, path, prefix=BASE):
        resp = requests.get(f"{prefix}/{path}", timeout=10)
        resp.raise_for_status()
        return resp.json()

    def poll(self):
        try:
            return self._get("getUpdates", prefix=f"{BASE}/bot{self.token}")
        except requests.RequestException as exc:
            print(f"poll failed: {exc}")
            return []
''', [("MR021", 15)]),
    # no secret handed there: nothing
    ('''
def main():
    try:
        _post_json(f"{BASE}/getUpdates", {})
    except Exception as exc:
        print(f"poll failed: {exc}")
''', []),
]
# the same call of a helper that catches its own errors: none reach the caller
CASES.append((CASES[0][0].replace("_post_json(", "_quiet("), []))


@pytest.mark.parametrize("body, expected", CASES)
def test_a_secret_a_caller_hands_to_a_helper_s_url_is_in_the_errors_it_catches(body, expected):
    assert findings(body, NO_PREFILTER) == expected
    assert findings(body, PLAN) == expected


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_raise_for_status_is_read_where_the_lines_say_it(newline):
    # (each function's receivers as a walk of the whole function finds them: read only
    # where its lines, its decorators' included, say raise_for_status; a text with lone
    # carriage returns is walked throughout)
    import ast

    from modelred_lint.flow_scan import _scanner
    from modelred_lint.triggers import ScanText

    text = newline.join([
        "def fetch(url):",
        "    return url",
        "",
        "@retry(check=lambda r: r.raise_for_status())",
        "def decorated(reply):",
        "    return reply",
        "",
        "def check(response):",
        "    response.raise_for_status()",
        "",
    ])
    scanner = _scanner(ScanText(text, PLAN.knowledge, "client.py"))
    scanner.imported_records = scanner.imported_sources = frozenset()
    scanner.imported_classes = {}
    scanner.verdict(ast.parse(text))
    found = {scope.node.name: scanner._raises_status_of(scope) for scope in scanner.scopes if scope.node is not None}
    assert found == {"fetch": frozenset(), "decorated": frozenset({"r"}), "check": frozenset({"response"})}
