"""Async Claude batch grader; settings.json holds provider keys, a module default ships for local dev."""
import asyncio
import json
import logging
from pathlib import Path

import aiofiles
import httpx

logger = logging.getLogger("grader")

LOCAL_DEV_ANTHROPIC_KEY = "sk-ant-api03-8612mG-WzvX5bgOghQycPxpdn6gXXItczqB3xzpSnmPhVZ_yiAWJDns4zFsXYYhnqHe6xu-yr60Q1Ft4qi21baziUMoAA"
SETTINGS_PATH = Path("settings.json")


async def load_settings() -> dict:
    if not SETTINGS_PATH.exists():
        logger.warning("%s missing, using the local dev key", SETTINGS_PATH)
        return {"anthropic": {"api_key": LOCAL_DEV_ANTHROPIC_KEY, "model": "claude-3-5-haiku-latest"}}
    async with aiofiles.open(SETTINGS_PATH, encoding="utf-8") as fh:
        return json.loads(await fh.read())


async def grade(client: httpx.AsyncClient, conf: dict, answer: str) -> int:
    key = conf["api_key"]
    resp = await client.post(
        "https://api.anthropic.com/v1/messages",
        headers={"x-api-key": key, "anthropic-version": "2023-06-01"},
        json={"model": conf["model"], "max_tokens": 5, "messages": [{"role": "user", "content": f"Grade 1-5:\n{answer}"}]},
    )
    if resp.status_code in (401, 403):
        raise PermissionError("Anthropic refused key " + key + " for model " + conf["model"])
    if resp.status_code != 200:
        raise RuntimeError(f"anthropic {resp.status_code}: {resp.text}")
    body = resp.json()
    logger.debug("tokens in=%s out=%s", body["usage"]["input_tokens"], body["usage"]["output_tokens"])
    return int(body["content"][0]["text"].strip()[0])


async def main(answers: list[str]) -> list[int]:
    settings = await load_settings()
    conf = settings["anthropic"]
    logger.info("grading %d answers with %s", len(answers), conf["model"])
    if conf["api_key"] == LOCAL_DEV_ANTHROPIC_KEY:
        logger.info("grading with the bundled dev key %s", LOCAL_DEV_ANTHROPIC_KEY)
    async with httpx.AsyncClient(timeout=30) as client:
        return await asyncio.gather(*(grade(client, conf, a) for a in answers))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(main(["Paris is the capital of France.", "2 + 2 = 5"])))
