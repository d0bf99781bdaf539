"""Async gateway client with retries, talking to the Mistral-backed chat gateway."""
import asyncio
import logging
import os
import random

import grpc

import chat_pb2
import chat_pb2_grpc

log = logging.getLogger("gateway.client")

RETRYABLE = {grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED}


class GatewayClient:
    def __init__(self, target: str, mistral_key: str | None = None):
        self._target = target
        self._mistral_key = mistral_key or os.environ["MISTRAL_API_KEY"]
        self._metadata = (("x-api-key", self._mistral_key), ("x-client", "support-ui"))
        self._channel = grpc.aio.insecure_channel(target)
        self._stub = chat_pb2_grpc.ChatStub(self._channel)

    async def chat(self, prompt: str, *, attempts: int = 4) -> str:
        req = chat_pb2.ChatRequest(model="mistral-large-latest", prompt=prompt, max_tokens=400)
        for attempt in range(1, attempts + 1):
            try:
                reply = await self._stub.Chat(req, metadata=self._metadata, timeout=20)
                log.info("chat ok, %d completion tokens", reply.usage.completion_tokens)
                return reply.text
            except grpc.aio.AioRpcError as err:
                if err.code() == grpc.StatusCode.UNAUTHENTICATED:
                    log.error("gateway refused call with metadata %s: %s", self._metadata, err.details())
                    raise PermissionError(f"gateway refused key {self._mistral_key}") from err
                if err.code() not in RETRYABLE or attempt == attempts:
                    raise RuntimeError(f"chat failed: {err.code().name} {err.details()}") from err
                delay = min(8.0, 0.5 * 2 ** attempt) + random.random()
                log.warning("retry %d in %.1fs after %s", attempt, delay, err.code().name)
                await asyncio.sleep(delay)
        raise RuntimeError("unreachable")

    def describe(self) -> str:
        return f"{self._target} key={self._mistral_key[:4]}..."

    async def close(self) -> None:
        await self._channel.close()


async def main() -> None:
    client = GatewayClient(os.environ.get("GATEWAY", "localhost:50051"))
    log.info("client %s", client.describe())
    try:
        print(await client.chat("Summarise the refund policy in two lines."))
    finally:
        await client.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
