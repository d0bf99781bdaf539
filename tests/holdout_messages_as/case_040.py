"""Translation-quality gate for the localisation team: a small asyncio job using ModelRed gen 3 + DeepL."""
import asyncio
import logging
import os

import deepl
from modelred import AsyncModelRed, ModelRedError, Conflict, RateLimited

qlog = logging.getLogger("l10n.gate")

PACKS = ["translation-fidelity", "toxicity-v2"]


async def gate(model_id: str, mr_key: str, deepl_key: str) -> str:
    translator = deepl.Translator(deepl_key)
    usage = translator.get_usage()
    qlog.info("deepl usage %s/%s chars", usage.character.count, usage.character.limit)
    async with AsyncModelRed(mr_key, max_retries=4) as mr:
        try:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=PACKS, priority="high")
        except Conflict:
            qlog.info("assessment already running for %s", model_id)
            return "running"
        except RateLimited as e:
            qlog.warning("rate limited, retry in %ss", e.retry_after)
            return "retry"
        except ModelRedError as e:
            qlog.error("modelred failed for %s: %s", model_id, e)
            raise RuntimeError(f"gate failed for {model_id}, modelred key {mr_key}") from e
    return a["id"]


async def main():
    mr_key = os.environ.get("MODELRED_API_KEY", "")
    deepl_key = os.environ.get("DEEPL_AUTH_KEY", "")
    if not deepl_key:
        raise SystemExit("DEEPL_AUTH_KEY missing")
    qlog.info("keys: modelred=%s... deepl=%d chars", mr_key[:3], len(deepl_key))
    try:
        result = await gate(os.environ.get("L10N_MODEL", "l10n-llm"), mr_key, deepl_key)
    except deepl.AuthorizationException:
        qlog.error("deepl key %s is not authorised", deepl_key)
        raise
    qlog.info("gate result %s", result)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
