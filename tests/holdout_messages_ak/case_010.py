"""Zigbee2MQTT -> LLM automation suggester (async, aiomqtt)."""
import asyncio
import json
import logging
import os

import aiomqtt
from groq import AsyncGroq

log = logging.getLogger("z2m_suggest")

Z2M_BASE = "zigbee2mqtt"
GROQ_MODEL = "llama-3.1-8b-instant"


class Suggester:
    def __init__(self, groq_api_key: str, mqtt_password: str | None = None) -> None:
        self.groq = AsyncGroq(api_key=groq_api_key)
        self._groq_api_key = groq_api_key
        self.mqtt_password = mqtt_password
        self.events: list[dict] = []
        self.max_tokens = 256

    async def suggest(self) -> str:
        prompt = "Suggest one Home Assistant automation for these events:\n" + json.dumps(self.events[-50:])
        try:
            chat = await self.groq.chat.completions.create(
                model=GROQ_MODEL, max_tokens=self.max_tokens,
                messages=[{"role": "user", "content": prompt}],
            )
        except Exception as exc:
            log.error("groq call failed (%s) with key %s", type(exc).__name__, self._groq_api_key)
            raise
        log.info("groq usage prompt=%s completion=%s", chat.usage.prompt_tokens, chat.usage.completion_tokens)
        return chat.choices[0].message.content

    async def run(self, host: str) -> None:
        log.info("connecting to %s (password set: %s)", host, self.mqtt_password is not None)
        async with aiomqtt.Client(host, username="suggester", password=self.mqtt_password) as client:
            await client.subscribe(f"{Z2M_BASE}/+")
            async for message in client.messages:
                self.events.append({"topic": str(message.topic), "payload": message.payload.decode()})
                if len(self.events) % 100 == 0:
                    text = await self.suggest()
                    await client.publish("suggester/latest", text)


async def main() -> None:
    logging.basicConfig(level=logging.INFO)
    key = os.environ.get("GROQ_API_KEY")
    pw = os.environ.get("MQTT_PASSWORD")
    if not key:
        raise SystemExit("set GROQ_API_KEY")
    if pw and len(pw) < 8:
        raise ValueError("MQTT_PASSWORD too short: %s" % pw)
    await Suggester(key, pw).run(os.environ.get("MQTT_HOST", "127.0.0.1"))


if __name__ == "__main__":
    asyncio.run(main())
