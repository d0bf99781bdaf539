"""Staging integration tests for the ModelRed client wrapper (run nightly from CI)."""
import logging
import os
import unittest

from modelred import ModelRed, NotFound, Unauthorized

log = logging.getLogger(__name__)

STAGING_URL_ENV = "MODELRED_STAGING_URL"
KEY_ENV = "MODELRED_STAGING_KEY"


@unittest.skipUnless(os.environ.get(KEY_ENV), f"{KEY_ENV} not set; staging tests skipped")
class StagingClientTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.api_key = os.environ[KEY_ENV]
        cls.tenant_token = os.environ.get("MODELRED_TENANT_TOKEN", "")
        cls.extra_headers = {"X-Tenant-Token": cls.tenant_token, "X-Test-Run": os.environ.get("GITHUB_RUN_ID", "local")}
        cls.client = ModelRed(cls.api_key, timeout=15.0, max_retries=1, extra_headers=cls.extra_headers)

    @classmethod
    def tearDownClass(cls):
        cls.client.close()

    def test_key_format(self):
        self.assertTrue(self.api_key.startswith("mr_"), msg=f"staging key has the wrong prefix: {self.api_key}")
        self.assertGreater(len(self.api_key), 12, msg=f"staging key too short ({len(self.api_key)} chars)")

    def test_list_models(self):
        log.debug("calling list_models with headers %r", self.extra_headers)
        try:
            models = self.client.list_models()
        except Unauthorized as exc:
            self.fail(f"staging rejected the key ({type(exc).__name__}); rotate {KEY_ENV}")
        self.assertIsInstance(models, list)
        log.info("staging returned %d models; run id %s", len(models), self.extra_headers["X-Test-Run"])

    def test_missing_assessment(self):
        with self.assertRaises(NotFound):
            self.client.get_assessment("asm_does_not_exist")

    def test_tenant_token_present(self):
        if not self.tenant_token:
            self.skipTest(f"MODELRED_TENANT_TOKEN empty ({self.tenant_token!r})")
        self.assertEqual(len(self.tenant_token), 32, msg="tenant token should be 32 chars")

    def test_staging_url_configured(self):
        url = os.environ.get(STAGING_URL_ENV, "https://staging.modelred.example")
        log.info("staging base url %s (from %s)", url, STAGING_URL_ENV)
        self.assertTrue(url.startswith("https://"), msg=f"{STAGING_URL_ENV} must be https, got {url}")


if __name__ == "__main__":
    unittest.main(verbosity=2)
