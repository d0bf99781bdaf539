"""Quick async smoke test of the internal LLM gateway over grpc.aio."""
import asyncio
import os
import sys

import grpc

import gateway_pb2
import gateway_pb2_grpc

TARGET = os.environ.get("GATEWAY_TARGET", "localhost:50051")
model = sys.argv[1] if len(sys.argv) > 1 else "gpt-4o-mini"
api_key = os.environ["OPENAI_API_KEY"]

metadata = (
    ("authorization", f"Bearer {api_key}"),
    ("x-model", model),
)

print(f"target {TARGET}, model {model}")
print(f"key present: {bool(api_key)}")
print("sending metadata:", metadata)


async def main() -> int:
    async with grpc.aio.insecure_channel(TARGET) as channel:
        stub = gateway_pb2_grpc.CompletionStub(channel)
        request = gateway_pb2.CompletionRequest(
            model=model,
            prompt="Say hello in five words.",
            max_tokens=32,
        )
        try:
            reply = await stub.Complete(request, metadata=metadata, timeout=15)
        except grpc.aio.AioRpcError as e:
            print(f"rpc failed: {e.code().name}: {e.details()}", file=sys.stderr)
            return 1
        print(reply.text)
        print(f"usage: prompt={reply.usage.prompt_tokens} completion={reply.usage.completion_tokens}")
        print("max_tokens requested:", request.max_tokens)
    return 0


if __name__ == "__main__":
    try:
        rc = asyncio.run(main())
    except KeyboardInterrupt:
        rc = 130
    print("headers were", [name for name, _ in metadata])
    print(f"done ({rc}) for key {api_key}")
    print("-" * 40)
    print("exit code", rc)
    print("gateway", TARGET)
    sys.exit(rc)
