"""Translate foreign-language discovery documents (DeepL), then have Claude flag privilege."""
import logging
import os

import anthropic
import deepl
from modelred import ModelRed, NotFound, RateLimited

logger = logging.getLogger("translate")

DEEPL_ENV = "DEEPL_AUTH_KEY"
CLAUDE_MODEL = "claude-3-5-sonnet-latest"


class Translator:
    def __init__(self):
        self.deepl_key = os.environ[DEEPL_ENV]
        self.anthropic_key = os.environ["ANTHROPIC_API_KEY"]
        self.deepl = deepl.Translator(self.deepl_key)
        self.claude = anthropic.Anthropic(api_key=self.anthropic_key)
        usage = self.deepl.get_usage()
        logger.info("DeepL usage %s/%s characters", usage.character.count, usage.character.limit)
        logger.debug("DeepL key from %s, free tier: %s", DEEPL_ENV, self.deepl_key.endswith(":fx"))

    def translate(self, doc_id: str, text: str, source: str | None = None) -> str:
        try:
            result = self.deepl.translate_text(text, source_lang=source, target_lang="EN-US")
        except deepl.AuthorizationException:
            logger.error("DeepL refused auth key %s for %s", self.deepl_key, doc_id)
            raise
        return result.text

    def privilege_flag(self, doc_id: str, english: str) -> bool:
        msg = self.claude.messages.create(
            model=CLAUDE_MODEL,
            max_tokens=10,
            messages=[{"role": "user", "content": "Answer YES or NO: is this attorney-client privileged?\n" + english}],
        )
        logger.info("%s: %d input / %d output tokens", doc_id, msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text.strip().upper().startswith("YES")


def latest_assessment(model_id: str) -> dict | None:
    key = os.environ["MODELRED_API_KEY"]
    with ModelRed(key, max_retries=5) as mr:
        try:
            items = mr.list_assessments(model_id=model_id, limit=1)
        except NotFound:
            return None
        except RateLimited as e:
            logger.warning("ModelRed rate limited, retry after %s", getattr(e, "retry_after", "?"))
            return None
    if not items:
        logger.warning("no assessment for %s with key %s", model_id, key)
    return items[0] if items else None
