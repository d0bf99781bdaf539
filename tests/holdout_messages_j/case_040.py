"""Tests for the ModelRed wrapper with httpx.MockTransport (generation 3)."""
import json
import os
import secrets

import httpx
import pytest

from modelred import ModelRed, Unauthorized


def make_key() -> str:
    return "mr_" + secrets.token_urlsafe(24)


def transport_expecting(expected_key: str) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        sent = request.headers.get("authorization", "")
        if sent != f"Bearer {expected_key}":
            return httpx.Response(401, json={"error": "unauthorized"})
        return httpx.Response(200, json={"items": [], "next_page_token": None})
    return httpx.MockTransport(handler)


def test_list_models_sends_bearer():
    key = make_key()
    with ModelRed(key, transport=transport_expecting(key)) as client:
        page = client.list_models()
    assert page["items"] == [], f"unexpected page {json.dumps(page)}"


def test_wrong_key_is_unauthorized():
    good, bad = make_key(), make_key()
    with ModelRed(bad, transport=transport_expecting(good)) as client:
        with pytest.raises(Unauthorized) as info:
            client.list_models()
    assert "unauthorized" in str(info.value).lower(), f"error type was {type(info.value).__name__}"


@pytest.mark.skipif("MODELRED_STAGING_KEY" not in os.environ, reason="needs MODELRED_STAGING_KEY")
def test_staging_key_works():
    staging_key = os.environ["MODELRED_STAGING_KEY"]
    with ModelRed(staging_key, timeout=10.0) as client:
        try:
            client.list_models(page=1)
        except Unauthorized:
            pytest.fail(f"staging rejected key {staging_key}")
    assert staging_key.startswith("mr_"), "MODELRED_STAGING_KEY should start with mr_"
