"""BigQuery batch: translate product titles with Gemini and write back to a staging table."""
from __future__ import annotations

import logging
import os

import google.generativeai as genai
from google.api_core.exceptions import GoogleAPIError
from google.cloud import bigquery

LOG = logging.getLogger("bq_translate")
GOOGLE_KEY_ENV = "GOOGLE_API_KEY"
PROJECT = os.environ.get("GCP_PROJECT", "acme-analytics")


class TitleTranslator:
    def __init__(self, target_lang: str = "de") -> None:
        self.google_api_key = os.environ[GOOGLE_KEY_ENV]
        self.target_lang = target_lang
        self.max_output_tokens = 128
        genai.configure(api_key=self.google_api_key)
        self.model = genai.GenerativeModel("gemini-1.5-flash")
        LOG.info("translator ready: env %s, lang %s, max_output_tokens %d",
                 GOOGLE_KEY_ENV, self.target_lang, self.max_output_tokens)
        self.bq = bigquery.Client(project=PROJECT)

    def translate(self, title: str) -> str | None:
        try:
            out = self.model.generate_content(
                f"Translate to {self.target_lang}: {title}",
                generation_config={"max_output_tokens": self.max_output_tokens},
            )
        except GoogleAPIError as err:
            LOG.error("Gemini call failed with key %s: %s", self.google_api_key, err)
            return None
        LOG.debug("prompt tokens %s", out.usage_metadata.prompt_token_count)
        return out.text.strip()

    def run(self, limit: int = 1000) -> int:
        rows = self.bq.query(
            f"select sku, title from `{PROJECT}.catalog.products` where title_de is null limit {limit}"
        ).result()
        payload = []
        for row in rows:
            translated = self.translate(row.title)
            if translated:
                payload.append({"sku": row.sku, "title_de": translated})
        errors = self.bq.insert_rows_json(f"{PROJECT}.staging.titles_de", payload)
        if errors:
            LOG.error("insert errors: %s", errors[:5])
            raise RuntimeError(f"{len(errors)} rows failed to insert into staging.titles_de")
        return len(payload)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    translator = TitleTranslator()
    if not translator.google_api_key.startswith("AIza"):
        raise ValueError(f"{GOOGLE_KEY_ENV} is not a Google key: {translator.google_api_key}")
    print(f"translated {translator.run()} titles")
