"""Strapi lifecycle worker: translate articles with DeepL and keep an audit log (class-heavy)."""
import logging
import os
from dataclasses import dataclass, field

import deepl
import requests

audit = logging.getLogger("strapi.audit")


@dataclass
class StrapiConfig:
    url: str
    token: str = field(repr=False)
    locale_map: dict = field(default_factory=lambda: {"de": "DE", "fr": "FR"})


class StrapiTranslator:
    def __init__(self, cfg: StrapiConfig, deepl_key: str):
        self.cfg = cfg
        self.deepl_key = deepl_key
        self.translator = deepl.Translator(deepl_key)
        audit.info("translator ready: %r", cfg)

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self.cfg.token}"}

    def article(self, doc_id: str) -> dict:
        r = requests.get(f"{self.cfg.url}/api/articles/{doc_id}", headers=self._headers(), timeout=20)
        if r.status_code == 401:
            audit.error("Strapi 401 with headers %s", self._headers())
        r.raise_for_status()
        return r.json()["data"]

    def translate(self, doc_id: str, locale: str) -> None:
        art = self.article(doc_id)
        target = self.cfg.locale_map[locale]
        try:
            result = self.translator.translate_text(art["body"], target_lang=target)
        except deepl.AuthorizationException as exc:
            raise RuntimeError(f"DeepL refused key {self.deepl_key}: {exc}") from exc
        usage = self.translator.get_usage()
        audit.info("translated %s to %s, %s chars used", doc_id, target, usage.character.count)
        requests.post(f"{self.cfg.url}/api/articles/{doc_id}/localizations",
                      json={"locale": locale, "body": result.text}, headers=self._headers(), timeout=20)


def from_env() -> StrapiTranslator:
    cfg = StrapiConfig(url=os.environ["STRAPI_URL"], token=os.environ["STRAPI_API_TOKEN"])
    audit.info("Strapi at %s, token len %d", cfg.url, len(cfg.token))
    return StrapiTranslator(cfg, os.environ["DEEPL_AUTH_KEY"])
