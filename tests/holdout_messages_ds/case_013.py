"""Gemini embedding client tests. Local runs read the key from the OS keyring, CI from env."""
import logging
import os
import unittest
from unittest import mock

import keyring

from app.embeddings import GeminiEmbedder

log = logging.getLogger("tests.gemini")
KEYRING_SERVICE = "gemini-ci"
KEYRING_USER = os.environ.get("USER", "ci")


def resolve_key():
    return os.environ.get("GEMINI_API_KEY") or keyring.get_password(KEYRING_SERVICE, KEYRING_USER)


class GeminiEmbedderTest(unittest.TestCase):

    def setUp(self):
        self.key = resolve_key()
        if self.key is None:
            self.skipTest(f"no Gemini key in env or keyring {KEYRING_SERVICE}/{KEYRING_USER}")
        self.embedder = GeminiEmbedder(api_key=self.key, model="text-embedding-004")

    def test_key_shape(self):
        self.assertRegex(self.key, r"^AIza", "Gemini key from %s does not start with AIza: %s" % (KEYRING_SERVICE, self.key))
        self.assertEqual(len(self.key), 39, "expected 39 characters, got %d" % len(self.key))

    def test_embed_dimensions(self):
        vectors = self.embedder.embed(["hello", "world"])
        self.assertEqual(len(vectors), 2)
        self.assertEqual(len(vectors[0]), 768, msg=f"dimension {len(vectors[0])} for model {self.embedder.model}")

    def test_quota_error_is_mapped(self):
        fake = mock.Mock(status_code=429, text='{"error": {"status": "RESOURCE_EXHAUSTED"}}')
        with mock.patch("app.embeddings.requests.post", return_value=fake):
            with self.assertRaises(RuntimeError) as ctx:
                self.embedder.embed(["x"])
        log.info("quota error mapped to: %s", ctx.exception)
        self.assertIn("quota", str(ctx.exception).lower())

    def test_client_repr_hides_key(self):
        text = repr(self.embedder)
        source = "env" if os.environ.get("GEMINI_API_KEY") else "keyring"
        log.debug("embedder repr is %d chars (key source %s)", len(text), source)
        if self.key in text:
            log.error("repr leaks the key: %s", self.key)
        self.assertNotIn(self.key[-4:], text)


if __name__ == "__main__":
    unittest.main()
