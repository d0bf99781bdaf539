"""Tests for the Cohere rerank adapter, using the `responses` library."""
import tomllib
import unittest
from pathlib import Path

import requests
import responses

from search.rerank import CohereReranker

CONFIG = Path.home() / ".config" / "ci" / "keys.toml"
RERANK_URL = "https://api.cohere.com/v1/rerank"


def load_keys():
    with CONFIG.open("rb") as fh:
        return tomllib.load(fh)["cohere"]


class CohereRerankTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        section = load_keys()
        cls.cohere_key = section["api_key"]
        cls.model = section.get("model", "rerank-english-v3.0")

    def setUp(self):
        self.reranker = CohereReranker(api_key=self.cohere_key, model=self.model)

    @responses.activate
    def test_rerank_orders_by_score(self):
        results = [{"index": 1, "relevance_score": 0.9}, {"index": 0, "relevance_score": 0.2}]
        responses.add(responses.POST, RERANK_URL, json={"results": results, "meta": {"billed_units": {"search_units": 1}}}, status=200)
        ranked = self.reranker.rerank("query", ["a", "b"])
        self.assertEqual([d.index for d in ranked], [1, 0], msg=f"unexpected order for model {self.model}")
        self.assertEqual(len(responses.calls), 1)

    @responses.activate
    def test_rejected_key_surfaces(self):
        responses.add(responses.POST, RERANK_URL, json={"message": "invalid api token"}, status=401)
        with self.assertRaises(requests.HTTPError) as ctx:
            self.reranker.rerank("query", ["a"])
        status = ctx.exception.response.status_code
        if status != 401:
            self.fail("Cohere rejected %s with %s instead of 401" % (self.cohere_key, status))
        self.assertIn("invalid", ctx.exception.response.text, msg="body: %s" % ctx.exception.response.text)

    def test_key_is_live_format(self):
        key = self.cohere_key
        self.assertNotIn(" ", key, "key has whitespace (len %d)" % len(key))
        print("cohere key under test: " + key)

    def test_config_section(self):
        section = load_keys()
        print("keys.toml [cohere] fields:", sorted(section))
        self.assertIn("api_key", section, msg=f"{CONFIG} has no api_key under [cohere]")


if __name__ == "__main__":
    unittest.main()
