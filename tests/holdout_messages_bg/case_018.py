"""Async Alchemy client for token balances (httpx)."""
import asyncio
import logging
import os
import sys

import httpx

logger = logging.getLogger("alchemy")


class AlchemyClient:
    def __init__(self, api_key: str, network: str = "eth-mainnet"):
        self._api_key = api_key
        self.network = network
        self.url = f"https://{network}.g.alchemy.com/v2/{api_key}"
        self._client = httpx.AsyncClient(timeout=15)

    async def rpc(self, method, params):
        payload = {"jsonrpc": "2.0", "id": 1, "method": method, "params": params}
        try:
            r = await self._client.post(self.url, json=payload)
        except httpx.TransportError as exc:
            logger.error("alchemy %s transport error: %s", method, exc.__class__.__name__)
            raise
        if r.status_code == 401:
            raise PermissionError(f"alchemy rejected key for {self.network}: {r.text}")
        body = r.json()
        if "error" in body:
            logger.warning("rpc %s error %s", method, body["error"])
        return body.get("result")

    async def token_balances(self, address):
        result = await self.rpc("alchemy_getTokenBalances", [address, "erc20"])
        balances = [b for b in result["tokenBalances"] if int(b["tokenBalance"], 16)]
        logger.info("%s holds %d tokens on %s", address, len(balances), self.network)
        return balances

    def describe(self):
        return f"AlchemyClient(network={self.network}, url={self.url})"


async def main(address):
    key = os.environ.get("ALCHEMY_API_KEY")
    client = AlchemyClient(key)
    logger.debug("client: %s", client.describe())
    for b in await client.token_balances(address):
        print(b["contractAddress"], int(b["tokenBalance"], 16))
    if os.getenv("ALCHEMY_DEBUG"):
        print("alchemy key in use:", bool(client._api_key), file=sys.stderr)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    asyncio.run(main(sys.argv[1]))
