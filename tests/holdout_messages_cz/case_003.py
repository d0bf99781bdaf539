"""Async consumer of AMI head-end last-gasp events; summarises suspected outages."""
import asyncio
import json
import logging
import os

import websockets
from anthropic import AsyncAnthropic

logger = logging.getLogger("ami.lastgasp")

HEADEND_WS = os.getenv("AMI_HEADEND_WS", "wss://headend.internal:8443/events")
TOKEN_ENV = "AMI_HEADEND_TOKEN"


class LastGaspMonitor:
    def __init__(self, token: str, anthropic_key: str, region: str) -> None:
        self.token = token
        self.region = region
        self.llm = AsyncAnthropic(api_key=anthropic_key)
        self.buffer: list[dict] = []
        logger.info("monitor for region %s, token set: %s", region, bool(token))

    async def run(self) -> None:
        headers = {"Authorization": f"Bearer {self.token}", "X-Region": self.region}
        try:
            async with websockets.connect(HEADEND_WS, extra_headers=headers) as ws:
                async for raw in ws:
                    self.buffer.append(json.loads(raw))
                    if len(self.buffer) >= 25:
                        await self.flush()
        except websockets.InvalidStatusCode as exc:
            logger.error("head-end refused connection (%s) with token %s", exc.status_code, self.token)
            raise ConnectionError(f"head-end refused: HTTP {exc.status_code}") from exc

    async def flush(self) -> None:
        meters = sorted({e["meter_id"] for e in self.buffer})
        msg = await self.llm.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=300,
            messages=[{"role": "user", "content": f"Cluster these last-gasp meters by feeder: {meters}"}],
        )
        logger.info("summary (%d in / %d out tokens): %s", msg.usage.input_tokens, msg.usage.output_tokens, msg.content[0].text)
        self.buffer.clear()


async def main() -> None:
    token = os.environ.get(TOKEN_ENV)
    if not token:
        raise SystemExit(f"{TOKEN_ENV} is not set")
    anthropic_key = os.environ["ANTHROPIC_API_KEY"]
    logger.debug("starting with anthropic key %s...", anthropic_key[:4])
    await LastGaspMonitor(token, anthropic_key, os.getenv("AMI_REGION", "north")).run()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
