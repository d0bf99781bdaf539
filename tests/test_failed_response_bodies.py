"""A response's body read before its status is tested: where the test says the request
failed, the body is the error's, not the fields the success path reads of it (openai's
workload-identity token exchange, written afresh)."""

from __future__ import annotations

from modelred_lint.engine import Plan, lint_bytes

PLAN = Plan.build(["MR020", "MR021"])

EXCHANGE = '''
import httpx


class OAuthFailed(Exception):
    pass


def handle(response: httpx.Response) -> dict:
    try:
        body = response.json() if response.content else None
    except ValueError:
        body = None
    if response.status_code {test}:
        raise OAuthFailed(f"token exchange rejected: {{body}}")
    token = body.get("access_token")
    return {{"access_token": token}}
'''


def lines(test: str) -> list[int]:
    return [f.line for f in lint_bytes("exchange.py", EXCHANGE.format(test=test).encode(), PLAN).findings]


def test_the_body_of_a_failed_exchange_is_no_token():
    assert lines("in (400, 401, 403)") == []
    assert lines("== 401") == []
    assert lines(">= 400") == []
    assert lines("!= 200") == []


def test_the_body_where_the_test_says_nothing_of_failure_still_holds_it():
    # (the same read of body["access_token"] marks the body a token's: shown whole
    # where the status may be a success, it is reported)
    assert lines("in (200, 201)") == [15]
    assert lines("== 200") == [15]
    assert lines("in (200, 404)") == [15]  # (one of them a success)
