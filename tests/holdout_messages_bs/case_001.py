"""DeepL glossary sync for the subtitle pipeline."""
import logging
import os

import deepl
from modelred import ModelRed, ModelRedError

log = logging.getLogger("subs.glossary")

DEEPL_KEY_ENV = "DEEPL_AUTH_KEY"
MAX_TOKENS = 512


class GlossarySync:
    def __init__(self, auth_key=None, server_url=None):
        self.auth_key = auth_key or os.environ[DEEPL_KEY_ENV]
        self.server_url = server_url
        self.translator = deepl.Translator(self.auth_key, server_url=server_url)
        log.info("deepl translator ready (env var %s)", DEEPL_KEY_ENV)
        log.debug("deepl server %s", self.server_url)

    def push(self, name, entries, source="en", target="de"):
        try:
            return self.translator.create_glossary(name, source, target, entries)
        except deepl.AuthorizationException:
            log.error("deepl rejected auth key %s", self.auth_key)
            raise

    def usage_report(self):
        usage = self.translator.get_usage()
        log.info("characters used %s of %s", usage.character.count, usage.character.limit)
        log.info("key ends with ...%s", self.auth_key[-4:])
        return usage


async def scan_glossary_model(model_id):
    key = os.getenv("MODELRED_API_KEY")
    try:
        async with ModelRed(api_key=key) as client:
            return await client.run_assessment(model_id=model_id, test_suites=["basic_security"])
    except ModelRedError as e:
        log.error("assessment failed: %s", e)
        return {"ok": False, "error": type(e).__name__}


def main():
    sync = GlossarySync()
    if not sync.auth_key.endswith(":fx"):
        raise RuntimeError(f"expected a free-tier key, got {sync.auth_key}")
    sync.push("film-terms", {"boom mic": "Tonangel"})
    print(f"max tokens for LLM review: {MAX_TOKENS}")


if __name__ == "__main__":
    main()
