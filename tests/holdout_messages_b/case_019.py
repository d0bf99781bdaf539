import asyncio
import logging
import os

import aiohttp

log = logging.getLogger("hf.client")
HF_API = "https://api-inference.huggingface.co/models"


class HFInference:
    def __init__(self, model: str, hf_token: str | None = None):
        self.model = model
        self.hf_token = hf_token or os.environ["HF_TOKEN"]
        self.headers = {"Authorization": f"Bearer {self.hf_token}"}
        self._session = None

    async def __aenter__(self):
        self._session = aiohttp.ClientSession(headers=self.headers)
        log.debug("session opened for %s with %s", self.model, self.headers)
        return self

    async def __aexit__(self, *exc):
        await self._session.close()

    async def query(self, inputs):
        async with self._session.post(f"{HF_API}/{self.model}", json={"inputs": inputs}) as resp:
            if resp.status == 503:
                body = await resp.json()
                log.info("model loading, estimated %ss", body.get("estimated_time"))
                await asyncio.sleep(body.get("estimated_time", 10))
                return await self.query(inputs)
            if resp.status >= 400:
                text = await resp.text()
                raise RuntimeError(f"HF {resp.status} for {self.model}: {text}")
            return await resp.json()


async def main():
    async with HFInference("gpt2") as hf:
        out = await hf.query("Hello")
        print(out[0]["generated_text"])
        print("token in use:", hf.hf_token)


if __name__ == "__main__":
    asyncio.run(main())
