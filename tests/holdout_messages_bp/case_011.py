"""Async batch eval of fine-tuned checkpoints with Anthropic as judge."""
import asyncio
import logging
import os

import httpx
from anthropic import AsyncAnthropic

logger = logging.getLogger("judge")
JUDGE_MODEL = "claude-3-5-sonnet-latest"
CHECKPOINTS = ["ckpt-500", "ckpt-1000", "ckpt-1500"]


class Judge:
    def __init__(self, anthropic_key: str, infer_url: str, infer_token: str):
        self.client = AsyncAnthropic(api_key=anthropic_key)
        self.infer_url = infer_url
        self.headers = {"Authorization": f"Bearer {infer_token}", "Content-Type": "application/json"}
        logger.info("judge=%s infer_url=%s", JUDGE_MODEL, infer_url)

    async def generate(self, http: httpx.AsyncClient, ckpt: str, prompt: str) -> str:
        r = await http.post(f"{self.infer_url}/{ckpt}/generate", headers=self.headers,
                            json={"prompt": prompt, "max_new_tokens": 256})
        if r.status_code != 200:
            logger.error("generate %s failed %s: %s", ckpt, r.status_code, r.text)
            logger.debug("request headers were %s", self.headers)
            r.raise_for_status()
        return r.json()["text"]

    async def score(self, prompt: str, answer: str) -> float:
        msg = await self.client.messages.create(
            model=JUDGE_MODEL, max_tokens=8,
            messages=[{"role": "user", "content": f"Score 0-10.\nQ: {prompt}\nA: {answer}\nScore:"}],
        )
        logger.debug("judge usage in=%d out=%d", msg.usage.input_tokens, msg.usage.output_tokens)
        return float(msg.content[0].text.strip())


async def main():
    key = os.environ["ANTHROPIC_API_KEY"]
    infer_token = os.environ["INFER_TOKEN"]
    if len(key) < 40:
        raise ValueError(f"ANTHROPIC_API_KEY looks truncated: {key}")
    judge = Judge(key, os.environ["INFER_URL"], infer_token)
    prompts = [line.strip() for line in open("eval_prompts.txt") if line.strip()]
    async with httpx.AsyncClient(timeout=60) as http:
        for ckpt in CHECKPOINTS:
            answers = await asyncio.gather(*(judge.generate(http, ckpt, p) for p in prompts))
            scores = await asyncio.gather(*(judge.score(p, a) for p, a in zip(prompts, answers)))
            logger.info("%s mean score %.2f", ckpt, sum(scores) / len(scores))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
