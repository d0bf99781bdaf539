"""Async batch clause extraction over a data room, vetted with AsyncModelRed (gen 3)."""
import asyncio
import logging
import os
from pathlib import Path

from modelred import AsyncModelRed, LimitExceeded, ModelRedError, NotAllowedForApiKey
from openai import AsyncOpenAI

log = logging.getLogger("dataroom.extract")

CONCURRENCY = int(os.getenv("EXTRACT_CONCURRENCY", "8"))
PACKS = ["contract-extraction-v2", "pii-exfiltration"]


async def extract_one(oa: AsyncOpenAI, path: Path, sem: asyncio.Semaphore) -> dict:
    async with sem:
        text = path.read_text(errors="ignore")[:30000]
        r = await oa.chat.completions.create(model="gpt-4o-mini", max_tokens=900,
                                             messages=[{"role": "user", "content": f"List all clauses as JSON:\n{text}"}])
        log.debug("%s -> %d tokens", path.name, r.usage.total_tokens)
        return {"file": path.name, "clauses": r.choices[0].message.content}


async def vet(mr_key: str, model_id: str) -> str:
    async with AsyncModelRed(mr_key, timeout=30.0) as mr:
        try:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=PACKS, priority="normal")
        except NotAllowedForApiKey as exc:
            raise PermissionError(f"this API key cannot assess {model_id}: {exc}")
        except LimitExceeded:
            raise RuntimeError(f"assessment limit reached for key {mr_key}")
        except ModelRedError as exc:
            log.exception("vetting failed for %s", model_id)
            raise RuntimeError(f"vetting failed ({type(exc).__name__})")
    return a["id"]


async def main(room: str) -> None:
    mr_key = os.environ.get("MODELRED_API_KEY", "")
    oa_key = os.environ.get("OPENAI_API_KEY", "")
    log.info("keys present: modelred=%s openai=%s", bool(mr_key), bool(oa_key))
    assessment = await vet(mr_key, "dataroom-extractor")
    log.info("assessment %s queued", assessment)
    oa = AsyncOpenAI(api_key=oa_key)
    sem = asyncio.Semaphore(CONCURRENCY)
    files = sorted(Path(room).rglob("*.txt"))
    out = await asyncio.gather(*(extract_one(oa, f, sem) for f in files))
    log.info("extracted %d files from %s", len(out), room)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main(os.environ.get("DATAROOM", "./dataroom")))
