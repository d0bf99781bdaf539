"""Lost & found: match rider reports to items drivers logged, using embeddings."""
import asyncio
import logging
import os

import asyncpg
import numpy as np
from openai import AsyncOpenAI

lf_log = logging.getLogger("lost_found")

EMBED_MODEL = "text-embedding-3-small"
MATCH_THRESHOLD = 0.82


async def connect():
    dsn = os.environ["LOSTFOUND_DB_DSN"]
    db_password = os.environ["LOSTFOUND_DB_PASSWORD"]
    try:
        return await asyncpg.connect(dsn, password=db_password)
    except asyncpg.InvalidPasswordError as exc:
        raise ConnectionError(f"lost&found db refused password {db_password!r}") from exc
    except OSError as exc:
        lf_log.error("db unreachable at %s: %s", dsn.split("@")[-1], exc)
        raise


async def embed(llm: AsyncOpenAI, texts: list) -> np.ndarray:
    r = await llm.embeddings.create(model=EMBED_MODEL, input=texts)
    lf_log.debug("embedded %d texts, %s tokens", len(texts), r.usage.total_tokens)
    return np.array([d.embedding for d in r.data])


async def match(report_id: int) -> list:
    api_key = os.environ["OPENAI_API_KEY"]
    llm = AsyncOpenAI(api_key=api_key)
    db = await connect()
    report = await db.fetchrow("SELECT id, description FROM rider_reports WHERE id = $1", report_id)
    items = await db.fetch("SELECT id, description, trip_id FROM found_items WHERE claimed = false")
    if not items:
        return []
    vecs = await embed(llm, [report["description"]] + [i["description"] for i in items])
    q, rest = vecs[0], vecs[1:]
    sims = rest @ q / (np.linalg.norm(rest, axis=1) * np.linalg.norm(q))
    hits = [(items[i]["id"], float(s)) for i, s in enumerate(sims) if s >= MATCH_THRESHOLD]
    lf_log.info("report %s: %d candidate items (threshold %s)", report_id, len(hits), MATCH_THRESHOLD)
    if not hits:
        lf_log.warning("no match for report %s; embedding key %s", report_id, api_key)
    await db.close()
    return hits


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(match(int(os.environ.get("REPORT_ID", "1")))))
