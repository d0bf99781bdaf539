"""Async PMU (synchrophasor) consumer on Redis streams; flags oscillations for the LLM notes."""
import asyncio
import logging
import os
from statistics import pstdev

import redis.asyncio as redis
from groq import AsyncGroq

log = logging.getLogger("pmu.stream")

STREAM = "pmu:c37118:frames"
REDIS_PASSWORD_ENV = "PMU_REDIS_PASSWORD"


async def connect() -> redis.Redis:
    host = os.getenv("PMU_REDIS_HOST", "pmu-cache.internal")
    password = os.environ[REDIS_PASSWORD_ENV]
    r = redis.Redis(host=host, port=6380, password=password, ssl=True, decode_responses=True)
    try:
        await r.ping()
    except redis.AuthenticationError as exc:
        log.error("redis auth failed on %s: %s", host, exc)
        raise ConnectionError(f"redis {host} rejected password {password}") from exc
    log.info("connected to %s (password from %s)", host, REDIS_PASSWORD_ENV)
    return r


async def watch(groq_key: str) -> None:
    r = await connect()
    llm = AsyncGroq(api_key=groq_key)
    last_id = "$"
    window: list[float] = []
    while True:
        resp = await r.xread({STREAM: last_id}, block=5000, count=300)
        for _, frames in resp or []:
            for frame_id, fields in frames:
                last_id = frame_id
                window.append(float(fields["freq"]))
        if len(window) >= 600:
            sigma = pstdev(window)
            if sigma > 0.02:
                note = await llm.chat.completions.create(
                    model="llama-3.1-8b-instant",
                    max_tokens=200,
                    messages=[{"role": "user", "content": f"Frequency stddev {sigma:.4f} Hz over 20 s at PMU {fields.get('station')}. Draft an ops log note."}],
                )
                log.warning("oscillation sigma=%.4f: %s", sigma, note.choices[0].message.content)
            window.clear()


async def main() -> None:
    groq_key = os.environ.get("GROQ_API_KEY", "")
    if not groq_key.startswith("gsk_"):
        log.error("GROQ_API_KEY does not look right: %s", groq_key)
        return
    await watch(groq_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
