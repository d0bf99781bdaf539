"""IVR bot intent classifier with a fallback provider chain (OpenAI, then Groq)."""
import asyncio
import logging
import os

import httpx

logger = logging.getLogger("ivr.intent")

PROVIDERS = [
    ("openai", "https://api.openai.com/v1/chat/completions", "OPENAI_API_KEY", "gpt-4o-mini"),
    ("groq", "https://api.groq.com/openai/v1/chat/completions", "GROQ_API_KEY", "llama-3.1-8b-instant"),
]
INTENTS = ["billing", "outage", "move_house", "cancel", "agent"]
MAX_TOKENS = 8


async def classify(utterance: str) -> str:
    prompt = f"Classify into one of {INTENTS}. Reply with the label only.\nCaller: {utterance}"
    async with httpx.AsyncClient(timeout=3.0) as http:
        for name, url, env_name, model in PROVIDERS:
            key = os.environ.get(env_name)
            if not key:
                logger.info("skipping %s: %s not set", name, env_name)
                continue
            try:
                resp = await http.post(
                    url,
                    headers={"Authorization": f"Bearer {key}"},
                    json={"model": model, "max_tokens": MAX_TOKENS, "messages": [{"role": "user", "content": prompt}]},
                )
            except httpx.HTTPError as exc:
                logger.warning("%s unreachable (%s), key=%s", name, exc, key)
                continue
            if resp.status_code != 200:
                logger.warning("%s returned %s: %s", name, resp.status_code, resp.text[:120])
                continue
            label = resp.json()["choices"][0]["message"]["content"].strip().lower()
            logger.info("%s -> %s (max_tokens=%d)", name, label, MAX_TOKENS)
            return label if label in INTENTS else "agent"
    return "agent"


async def main() -> None:
    for line in ["my internet is down again", "I'm moving to Bristol next month"]:
        print(line, "->", await classify(line))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main())
