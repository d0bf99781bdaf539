"""tests for the assessments app: the gen-3 client on httpx.MockTransport."""
import json
import logging

import httpx
from django.test import TestCase, override_settings

from modelred import ModelRed, Unauthorized

from assessments import services

log = logging.getLogger("tests.assessments")

TEST_MODELRED_KEY = "mr_h0eFmhY4UtQt3VyeVuuj9FLOf53YzcauU6VQSPB0"
MAX_TOKENS = 256


def _handler(request: httpx.Request) -> httpx.Response:
    auth = request.headers.get("Authorization", "")
    if auth != f"Bearer {TEST_MODELRED_KEY}":
        raise AssertionError(f"unexpected Authorization header {auth}")
    if request.url.path.endswith("/assessments"):
        payload = json.loads(request.content or b"{}")
        return httpx.Response(201, json={"id": "as_123", "status": "QUEUED", "model_id": payload.get("model_id")})
    return httpx.Response(404, json={"error": "not found"})


def _unauthorized(request):
    return httpx.Response(401, json={"error": "invalid api key"})


@override_settings(MODELRED_API_KEY=TEST_MODELRED_KEY, ASSISTANT_MAX_TOKENS=MAX_TOKENS)
class StartAssessmentTests(TestCase):
    def setUp(self):
        self.client_mr = ModelRed(TEST_MODELRED_KEY, transport=httpx.MockTransport(_handler))
        log.debug("test client built with key %s", TEST_MODELRED_KEY)

    def test_creates_assessment(self):
        out = services.start(self.client_mr, model_id="support-bot", packs=["pk_basic"])
        self.assertEqual(out["id"], "as_123")
        log.info("created %s (max_tokens=%s)", out["id"], MAX_TOKENS)

    def test_unauthorized_is_reported(self):
        bad = ModelRed("mr_" + "x" * 20, transport=httpx.MockTransport(_unauthorized))
        with self.assertRaises(Unauthorized) as ctx:
            services.start(bad, model_id="support-bot", packs=["pk_basic"])
        log.info("got %s with status %s", type(ctx.exception).__name__, ctx.exception.status_code)

    def test_key_suffix_helper(self):
        self.assertEqual(services.key_suffix(TEST_MODELRED_KEY), TEST_MODELRED_KEY[-4:])
        log.info("suffix helper ok: ...%s", TEST_MODELRED_KEY[-4:])
