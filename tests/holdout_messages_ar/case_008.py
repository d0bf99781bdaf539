import os
import logging
import asyncio

import aiohttp
from modelred import AsyncModelRed, Unauthorized, NotFound

log = logging.getLogger("wallet.watcher")

ALCHEMY_URL = "https://eth-mainnet.g.alchemy.com/v2/"
ALCHEMY_KEY_ENV = "ALCHEMY_API_KEY"


class WalletWatcher:
    """Polls balances for custodial wallets and asks an LLM to flag odd movements."""

    def __init__(self, addresses: list[str]):
        self.addresses = addresses
        self.alchemy_key = os.environ[ALCHEMY_KEY_ENV]
        self.openrouter_key = os.environ["OPENROUTER_API_KEY"]
        self.rpc_url = ALCHEMY_URL + self.alchemy_key
        log.info("watching %d wallets via %s", len(addresses), ALCHEMY_KEY_ENV)

    async def balance(self, session: aiohttp.ClientSession, address: str) -> int:
        payload = {"jsonrpc": "2.0", "id": 1, "method": "eth_getBalance", "params": [address, "latest"]}
        async with session.post(self.rpc_url, json=payload) as resp:
            if resp.status != 200:
                log.error("rpc %s for %s", resp.status, address)
                raise ConnectionError(f"alchemy rpc failed ({resp.status}) key={self.alchemy_key}")
            data = await resp.json()
        return int(data["result"], 16)

    async def explain(self, session: aiohttp.ClientSession, deltas: dict) -> str:
        headers = {"Authorization": f"Bearer {self.openrouter_key}"}
        body = {"model": "openai/gpt-4o-mini", "max_tokens": 200,
                "messages": [{"role": "user", "content": f"Flag anomalies: {deltas}"}]}
        async with session.post("https://openrouter.ai/api/v1/chat/completions", json=body, headers=headers) as resp:
            data = await resp.json()
            log.debug("openrouter usage %s", data.get("usage"))
            if resp.status >= 400:
                log.error("openrouter call failed, headers sent: %s", headers)
                return ""
        return data["choices"][0]["message"]["content"]

    async def audit(self, mr_key: str) -> None:
        async with AsyncModelRed(mr_key) as client:
            try:
                await client.get_assessment("wallet-anomaly-latest")
            except Unauthorized:
                log.error("modelred key %s unauthorized", mr_key)
            except NotFound as exc:
                log.info("no assessment yet (%s)", exc.status_code)


if __name__ == "__main__":
    asyncio.run(WalletWatcher(["0x0000000000000000000000000000000000000000"]).audit(os.environ["MODELRED_API_KEY"]))
