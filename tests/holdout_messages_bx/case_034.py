"""PX4 companion computer: LLM anomaly explainer over MAVLink, uploads via a signed S3 presign (async)."""
import asyncio
import logging
import os

import aiohttp
from pymavlink import mavutil

log = logging.getLogger("companion")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"


class Explainer:
    def __init__(self, session: aiohttp.ClientSession, api_key: str, model: str = "gpt-4o-mini"):
        self.session = session
        self.model = model
        self.auth = {"Authorization": f"Bearer {api_key}"}
        self.max_tokens = 120
        log.info("explainer model %s, auth header names %s", model, list(self.auth))

    async def explain(self, text: str) -> str:
        body = {"model": self.model, "max_tokens": self.max_tokens,
                "messages": [{"role": "user", "content": f"Explain this PX4 message to a pilot: {text}"}]}
        async with self.session.post(OPENAI_URL, headers=self.auth, json=body) as r:
            if r.status != 200:
                detail = await r.text()
                log.warning("explainer HTTP %d: %s", r.status, detail[:200])
                raise RuntimeError(f"explainer failed with auth {self.auth}")
            data = await r.json()
        log.debug("model=%s max_tokens=%d", self.model, self.max_tokens)
        return data["choices"][0]["message"]["content"]


async def main():
    api_key = os.environ.get("OPENAI_API_KEY", "")
    log.info("key fingerprint %s", api_key[-4:] if api_key else "none")
    conn = mavutil.mavlink_connection(os.getenv("MAV_URL", "udpin:0.0.0.0:14540"))
    async with aiohttp.ClientSession() as session:
        ex = Explainer(session, api_key)
        while True:
            m = await asyncio.to_thread(conn.recv_match, type="STATUSTEXT", blocking=True, timeout=5)
            if m is None or m.severity > 4:
                continue
            try:
                note = await ex.explain(m.text)
            except RuntimeError:
                log.error("explainer down, raw: %s (key %s)", m.text, api_key)
                continue
            conn.mav.statustext_send(mavutil.mavlink.MAV_SEVERITY_INFO, note[:50].encode())


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
