import asyncio
import logging
import os

import aiohttp

log = logging.getLogger("hf.inference")

HF_URL = "https://api-inference.huggingface.co/models/{model}"


class HFInference:
    def __init__(self, token: str, model: str):
        self.token = token
        self.model = model
        self.failures = 0

    async def generate(self, session: aiohttp.ClientSession, prompt: str, max_new_tokens: int = 128) -> str:
        headers = {"Authorization": f"Bearer {self.token}"}
        payload = {"inputs": prompt, "parameters": {"max_new_tokens": max_new_tokens}}
        async with session.post(HF_URL.format(model=self.model), json=payload, headers=headers) as resp:
            if resp.status == 401:
                raise PermissionError(f"Hugging Face token {self.token} rejected for {self.model}")
            if resp.status >= 400:
                self.failures += 1
                body = await resp.text()
                log.warning("hf %s -> %s: %s", self.model, resp.status, body[:300])
                raise RuntimeError(f"inference failed with status {resp.status}")
            data = await resp.json()
            return data[0]["generated_text"]


async def main() -> None:
    token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN")
    if not token:
        raise SystemExit("set HF_TOKEN or HUGGINGFACE_API_TOKEN")
    hf = HFInference(token, "mistralai/Mistral-7B-Instruct-v0.3")
    log.info("hf token loaded, %d chars", len(token))
    async with aiohttp.ClientSession() as session:
        try:
            text = await hf.generate(session, "Write a haiku about logs", max_new_tokens=64)
        except RuntimeError:
            log.exception("generation failed after %d failures", hf.failures)
            return
    log.info("generated: %s", text)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
