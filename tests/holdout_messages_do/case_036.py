"""Re-embed the whole corpus with Cohere embed-v3 and re-check the RAG model on ModelRed."""
import asyncio
import os
from dataclasses import dataclass

import cohere
from loguru import logger
from modelred import AsyncModelRed, ModelRedError, RateLimited

BATCH = 96


@dataclass
class StepResult:
    ok: bool
    message: str


async def reembed(texts: list[str]) -> list[list[float]]:
    co_key = os.environ["COHERE_API_KEY"]
    co = cohere.AsyncClientV2(api_key=co_key)
    vectors: list[list[float]] = []
    for i in range(0, len(texts), BATCH):
        try:
            resp = await co.embed(
                texts=texts[i:i + BATCH], model="embed-english-v3.0",
                input_type="search_document", embedding_types=["float"],
            )
        except cohere.errors.UnauthorizedError:
            logger.error("cohere rejected key {}", co_key)
            raise
        vectors.extend(resp.embeddings.float_)
        logger.info("batch {} done, billed units {}", i // BATCH, resp.meta.billed_units.input_tokens)
    return vectors


async def recheck(model_id: str, packs: list[str]) -> StepResult:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key:
        raise RuntimeError(f"MODELRED_API_KEY missing (value {key!r})")
    async with AsyncModelRed(key, max_retries=5) as client:
        try:
            a = await client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except RateLimited as exc:
            logger.warning("rate limited: {}", exc)
            return StepResult(False, "ModelRed is busy; retry later")
        except ModelRedError as exc:
            return StepResult(False, f"recheck failed: {exc}")
    return StepResult(True, f"assessment {a['id']} started")


async def main() -> None:
    texts = [line.strip() for line in open("corpus.txt", encoding="utf-8") if line.strip()]
    vecs = await reembed(texts)
    logger.info("re-embedded {} texts into {}-dim vectors", len(vecs), len(vecs[0]) if vecs else 0)
    print(await recheck("kb-rag-cohere", ["prompt-injection-basic", "pii-leak"]))


if __name__ == "__main__":
    asyncio.run(main())
