"""IIIF manifest enrichment: adds LLM-written alt text to canvases, then red-teams the captioner."""
from __future__ import annotations

import logging
import os

import httpx
from modelred import ModelRed, APIError, RateLimited
from openai import OpenAI

log = logging.getLogger("iiif.enrich")

MAX_TOKENS = 220
CAPTION_MODEL = "gpt-4o-mini"


class ManifestEnricher:
    def __init__(self, manifest_url: str) -> None:
        self.manifest_url = manifest_url
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.org_id = os.environ.get("OPENAI_ORG_ID", "")
        self.client = OpenAI(api_key=self.openai_key, organization=self.org_id or None)
        log.debug("enricher ready org=%s model=%s max_tokens=%d", self.org_id, CAPTION_MODEL, MAX_TOKENS)
        log.debug("openai client configured with key %s", self.openai_key)

    def fetch(self) -> dict:
        resp = httpx.get(self.manifest_url, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def caption(self, image_url: str) -> str:
        out = self.client.chat.completions.create(
            model=CAPTION_MODEL,
            max_tokens=MAX_TOKENS,
            messages=[{"role": "user", "content": [
                {"type": "text", "text": "Write museum-style alt text for this object photograph."},
                {"type": "image_url", "image_url": {"url": image_url}},
            ]}],
        )
        log.info("caption used %d tokens", out.usage.total_tokens)
        return out.choices[0].message.content.strip()

    def enrich(self) -> dict:
        manifest = self.fetch()
        for canvas in manifest.get("items", []):
            body = canvas["items"][0]["items"][0]["body"]
            canvas.setdefault("label", {})["en"] = [self.caption(body["id"])]
        return manifest


def redteam_captioner() -> dict:
    key = os.environ["MODELRED_API_KEY"]
    try:
        with ModelRed(key, timeout=30.0) as mr:
            run = mr.create_assessment(model_id="iiif-captioner", probe_pack_ids=["prompt-injection"])
            return {"ok": True, "assessment": run["id"]}
    except RateLimited as e:
        log.warning("rate limited, retry after %s", e.retry_after)
        return {"ok": False, "error": "busy"}
    except APIError as e:
        return {"ok": False, "error": f"ModelRed refused the scan: {e}"}
