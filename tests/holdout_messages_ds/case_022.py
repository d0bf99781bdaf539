"""Tests for the eval-callback webhook: the grader service signs its POSTs with a shared secret."""
import hashlib
import hmac
import json
import os
import unittest

from app.webhooks import parse_callback, verify_signature

SECRET_ENV = "EVAL_WEBHOOK_SECRET"
SIGNATURE_HEADER = "X-Eval-Signature"


def sign(secret, body):
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class WebhookSignatureTest(unittest.TestCase):

    def setUp(self):
        self.webhook_secret = os.environ.get(SECRET_ENV) or "local-dev-secret"
        self.body = json.dumps({"run_id": "r-42", "score": 0.91, "usage": {"total_tokens": 1830}}).encode()

    def test_valid_signature_accepted(self):
        signature = sign(self.webhook_secret, self.body)
        ok = verify_signature(self.body, {SIGNATURE_HEADER: signature}, secret=self.webhook_secret)
        self.assertTrue(ok, msg=f"signature {signature} rejected for a body of {len(self.body)} bytes")
        self.assertIs(ok, True, msg=f"verify_signature() with secret {self.webhook_secret} returned {ok!r}")

    def test_tampered_body_rejected(self):
        signature = sign(self.webhook_secret, self.body)
        tampered = self.body.replace(b"0.91", b"0.99")
        self.assertFalse(verify_signature(tampered, {SIGNATURE_HEADER: signature}, secret=self.webhook_secret), "tampered body accepted")

    def test_missing_header(self):
        with self.assertRaises(PermissionError) as ctx:
            verify_signature(self.body, {}, secret=self.webhook_secret)
        self.assertIn(SIGNATURE_HEADER, str(ctx.exception), msg=f"error text: {ctx.exception}")
        print(f"missing-header error: {ctx.exception}")

    def test_parse_callback(self):
        event = parse_callback(self.body)
        self.assertEqual(event.run_id, "r-42")
        self.assertEqual(event.total_tokens, 1830, msg=f"token usage parsed as {event.total_tokens}")

    @classmethod
    def tearDownClass(cls):
        secret = os.environ.get(SECRET_ENV)
        source = "env" if secret else "default"
        print(f"webhook tests used the {source} secret ({SECRET_ENV})")
        if secret and len(secret) < 32:
            print(f"warning: {SECRET_ENV} is short ({len(secret)} chars): {secret}")


if __name__ == "__main__":
    unittest.main()
