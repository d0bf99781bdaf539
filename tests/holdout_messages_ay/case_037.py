"""Test helpers for the ERP-to-ModelRed sync: a gen-3 client wired to httpx.MockTransport."""
import json

import httpx
from modelred import ModelRed, Unauthorized

SANDBOX_KEY = "mr_A0D48SCTUosl1D1M8d2rokqsljM4nGlYKr3Up4ql"
KEY_ENV_NAME = "MODELRED_API_KEY"
FAKE_MODELS = [{"id": "erp-po-classifier", "provider": "openai"}, {"id": "erp-invoice-matcher", "provider": "anthropic"}]


def _handler(request: httpx.Request) -> httpx.Response:
    auth = request.headers.get("authorization", "")
    if auth != f"Bearer {SANDBOX_KEY}":
        return httpx.Response(401, json={"error": "unauthorized"})
    if request.url.path.endswith("/models"):
        return httpx.Response(200, json={"items": FAKE_MODELS, "total": len(FAKE_MODELS)})
    if request.url.path.endswith("/assessments") and request.method == "POST":
        body = json.loads(request.content)
        return httpx.Response(201, json={"id": "asm_test_1", "model_id": body.get("model_id")})
    return httpx.Response(404, json={"error": "not found"})


def make_client(key: str = SANDBOX_KEY) -> ModelRed:
    return ModelRed(key, transport=httpx.MockTransport(_handler), max_retries=0)


def assert_models_listed():
    with make_client() as mr:
        page = mr.list_models()
    ids = [m["id"] for m in page["items"]]
    if ids != [m["id"] for m in FAKE_MODELS]:
        raise AssertionError(f"unexpected models {ids}")
    return ids


def assert_rejects_wrong_key(wrong_key: str = "mr_invalid"):
    with make_client(wrong_key) as mr:
        try:
            mr.list_models()
        except Unauthorized as e:
            print(f"rejected as expected: {type(e).__name__} ({KEY_ENV_NAME} not consulted)")
            return True
    raise AssertionError(f"mock accepted {wrong_key} although only {SANDBOX_KEY} is valid")


if __name__ == "__main__":
    print(assert_models_listed())
    print("sandbox key prefix", SANDBOX_KEY[:3], "len", len(SANDBOX_KEY))
    print(assert_rejects_wrong_key())
