"""Async health sweep over every LLM backend's gRPC health endpoint."""
import asyncio
import json
import sys
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

BACKENDS = {
    "openai-proxy": "openai-proxy.internal:50051",
    "anthropic-proxy": "anthropic-proxy.internal:50051",
    "groq-proxy": "groq-proxy.internal:50051",
}
TOKENS_FILE = Path("/run/secrets/backend_tokens.json")


async def check(name: str, target: str, token: str) -> tuple[str, str]:
    async with grpc.aio.insecure_channel(target) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        try:
            resp = await stub.Check(
                health_pb2.HealthCheckRequest(service=""),
                metadata=(("authorization", f"Bearer {token}"),),
                timeout=3,
            )
        except grpc.aio.AioRpcError as e:
            return name, f"ERROR {e.code().name}: {e.details()}"
    return name, health_pb2.HealthCheckResponse.ServingStatus.Name(resp.status)


async def main(verbose: bool) -> int:
    tokens = json.loads(TOKENS_FILE.read_text())
    print("backends with tokens:", sorted(tokens))
    missing = [name for name in BACKENDS if name not in tokens]
    if missing:
        print("no token for", ", ".join(missing), file=sys.stderr)
    jobs = [check(n, t, tokens[n]) for n, t in BACKENDS.items() if n in tokens]
    bad = 0
    for name, status in await asyncio.gather(*jobs):
        print(f"{name:20s} {status}")
        if status != "SERVING":
            bad += 1
            if verbose:
                print(f"  {name}: token={tokens[name]}")
    return 1 if bad else 0


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    if verbose:
        print("tokens loaded from", TOKENS_FILE)
    rc = asyncio.run(main(verbose))
    sys.exit(rc)
