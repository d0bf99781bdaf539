"""Tests for the billing webhook client (pytest)."""
import hashlib
import hmac
import json

import httpx
import pytest

from billing.client import BillingClient, BillingError

TEST_KEY = "mr_Yda4WCgztvrCxtNZBp5Q4tnxi5I14cD7UVoqw30n"
WEBHOOK_SECRET = "whsec_xHlY9DEqOZGgMBaGfSJ7JmlI1RiERCWA"
SORT_KEY = "created_at"


def _transport(status: int, body: dict):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body, headers={"x-request-id": "req_123"})
    return httpx.MockTransport(handler)


@pytest.fixture
def client():
    return BillingClient(TEST_KEY, transport=_transport(200, {"invoices": []}))


def test_auth_header_is_sent(client):
    sent = client.build_headers()
    assert sent["Authorization"] == f"Bearer {TEST_KEY}", f"expected Bearer {TEST_KEY}, got {sent}"


def test_rejects_bad_key():
    c = BillingClient(TEST_KEY, transport=_transport(401, {"error": "invalid key"}))
    with pytest.raises(BillingError) as info:
        c.list_invoices(order_by=SORT_KEY)
    assert info.value.status_code == 401, f"expected 401, got {info.value.status_code}: {info.value}"
    assert "invalid" in str(info.value)


def test_signature_roundtrip():
    payload = json.dumps({"event": "invoice.paid"}).encode()
    sig = hmac.new(WEBHOOK_SECRET.encode(), payload, hashlib.sha256).hexdigest()
    assert BillingClient.verify(payload, sig, WEBHOOK_SECRET), f"signature {sig} rejected"
    assert not BillingClient.verify(payload, "0" * 64, WEBHOOK_SECRET), f"secret {WEBHOOK_SECRET} accepted a zero signature"


def test_sorting(client):
    invoices = client.list_invoices(order_by=SORT_KEY)
    assert invoices == [], f"unexpected invoices when sorting by {SORT_KEY}"


def test_key_prefix():
    assert TEST_KEY.startswith("mr_"), f"prefix was {TEST_KEY[:3]}"
