"""A URL that a request posts to under a webhook's name (a chat's incoming webhook: its
token in the path) is a credential wherever the function, or the class for `self.x`, shows
it; a name only read from the environment or a dict by `.get()` is no such URL. The rules
(secret_uses) and the prefilter's flow scan read the same calls. Written afresh."""

from __future__ import annotations

import ast

import pytest

from modelred_lint.engine import Plan, lint_bytes

PLAN = Plan.build(["MR020", "MR021"])
NO_PREFILTER = Plan.build(["MR020", "MR021"], use_prefilter=False)

SHOWN_AND_POSTED = {
    "requests.post": ("import requests\n", "requests.post(hook_url, json={'text': text}, timeout=5)"),
    "a session's post": ("import httpx\nsession = httpx.Client()\n", "session.post(hook_url, json={'text': text})"),
    "request(method, url)": ("import httpx\nclient = httpx.Client()\n", "client.request('POST', hook_url, json={'text': text})"),
    "url= keyword": ("import requests\n", "requests.post(url=hook_url, json={'text': text}, timeout=5)"),
    "urllib's Request": ("from urllib import request\n",
                         "request.urlopen(request.Request(hook_url, data=text.encode()), timeout=5)"),
}


def _module(head: str, post: str, name: str = "webhook_url") -> str:
    post = post.replace("hook_url", name)
    return (f"import logging\n{head}log = logging.getLogger(__name__)\n\n\n"
            f"def notify({name}: str, text: str) -> None:\n"
            f"    log.info('posting to %s', {name})\n"
            f"    {post}\n")


def _found(text: str, plan: Plan = PLAN) -> list:
    return [(f.rule, f.line) for f in lint_bytes("notify.py", text.encode(), plan).findings]


@pytest.mark.parametrize("shape", sorted(SHOWN_AND_POSTED))
def test_a_webhook_url_posted_to_is_a_secret_where_it_is_logged(shape):
    text = _module(*SHOWN_AND_POSTED[shape])
    log_line = next(n for n, line in enumerate(text.splitlines(), 1) if "log.info" in line)
    assert _found(text) == [("MR021", log_line)]
    assert _found(text, NO_PREFILTER) == _found(text)


@pytest.mark.parametrize("post", [
    "settings = {'url': webhook_url}.get(webhook_url)",  # a dict's get: no request
    "requests.post('https://api.example.com/hooks', json={'url': webhook_url}, timeout=5)",  # handed, not posted to
    "register(webhook_url)",  # a bare call names no HTTP module
])
def test_a_webhook_name_not_posted_to_is_no_secret(post):
    text = _module("import requests\n", post)
    assert _found(text) == [] and _found(text, NO_PREFILTER) == []


def test_a_name_without_a_webhook_word_is_no_secret_even_posted_to():
    text = _module(*SHOWN_AND_POSTED["requests.post"], name="endpoint")
    assert _found(text) == [] and _found(text, NO_PREFILTER) == []


def test_the_model_reads_the_url_at_its_place():
    model = PLAN.knowledge.dataflow
    a, b = ast.Name("a"), ast.Name("b")
    assert model.posted_urls("post", "requests", [a, b]) == [a]
    assert model.posted_urls("request", "client", [a, b]) == [b]  # (method first)
    assert model.posted_urls("Request", None, [a, b]) == [a, b]  # (urllib's url first, requests' second)
    assert model.posted_urls("post", "session", [], url_keyword=b) == [b]
    assert model.posted_urls("get", "environ", [a, b]) == []  # os.environ.get(name, default)
    assert model.posted_urls("get", None, [a]) == []  # a bare get(...)
