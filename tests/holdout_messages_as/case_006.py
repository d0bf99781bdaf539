"""Translation pipeline worker (DeepL + Claude post-edit) for the wire desk."""
import asyncio
import logging
import os

import anthropic
import deepl

logger = logging.getLogger("wire.translate")

DEEPL_AUTH_KEY = os.environ.get("DEEPL_AUTH_KEY")
TARGET_LANGS = ("DE", "FR", "ES")
POSTEDIT_MAX_TOKENS = 2048


class TranslationWorker:
    def __init__(self, queue: asyncio.Queue):
        self.queue = queue
        self.translator = deepl.Translator(DEEPL_AUTH_KEY)
        self.anthropic_key = os.environ["ANTHROPIC_API_KEY"]
        self.claude = anthropic.AsyncAnthropic(api_key=self.anthropic_key)
        logger.info("worker up for %s, post-edit budget %d", TARGET_LANGS, POSTEDIT_MAX_TOKENS)

    async def post_edit(self, text: str, lang: str) -> str:
        msg = await self.claude.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=POSTEDIT_MAX_TOKENS,
            messages=[{"role": "user", "content": f"Post-edit this {lang} wire copy:\n{text}"}],
        )
        logger.debug("post-edit %s: in=%d out=%d", lang, msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text

    async def handle(self, story: dict) -> dict:
        out = {}
        for lang in TARGET_LANGS:
            try:
                raw = self.translator.translate_text(story["body"], target_lang=lang).text
            except deepl.AuthorizationException as exc:
                logger.error("deepl auth failed with key %s: %s", DEEPL_AUTH_KEY, exc)
                raise
            except deepl.QuotaExceededException:
                usage = self.translator.get_usage()
                logger.warning("deepl quota: %s", usage.character)
                raise
            out[lang] = await self.post_edit(raw, lang)
        return out

    async def run(self):
        while True:
            story = await self.queue.get()
            try:
                story["translations"] = await self.handle(story)
            except anthropic.AuthenticationError:
                logger.critical("claude rejected %r", self.anthropic_key)
            except Exception:
                logger.exception("story %s failed", story.get("slug"))
            finally:
                self.queue.task_done()
