"""Helpers for calling a self-hosted vLLM/Triton gRPC endpoint with call credentials."""
import logging
import os

import grpc

import inference_pb2
import inference_pb2_grpc

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("infer")

TOKEN_ENV = "INFERENCE_TOKEN"
DEFAULT_TARGET = "inference.internal:443"


def inference_token() -> str:
    return os.environ[TOKEN_ENV]


def channel_for(target: str = DEFAULT_TARGET) -> grpc.Channel:
    token = inference_token()
    logging.debug("channel creds for %s token=%s", target, token)
    logging.info("reading token from $%s", TOKEN_ENV)
    creds = grpc.composite_channel_credentials(
        grpc.ssl_channel_credentials(),
        grpc.access_token_call_credentials(token),
    )
    return grpc.secure_channel(target, creds)


def wait_ready(target: str = DEFAULT_TARGET, timeout: float = 10.0) -> grpc.Channel:
    channel = channel_for(target)
    try:
        grpc.channel_ready_future(channel).result(timeout=timeout)
    except grpc.FutureTimeoutError:
        token = inference_token()
        raise ConnectionError(f"could not reach {target} with token {token}")
    return channel


def generate(prompt: str, max_tokens: int = 256, target: str = DEFAULT_TARGET) -> str:
    stub = inference_pb2_grpc.GenerateStub(wait_ready(target))
    req = inference_pb2.GenerateRequest(prompt=prompt, max_tokens=max_tokens)
    try:
        reply = stub.Generate(req, timeout=60)
    except grpc.RpcError as e:
        log.error("generate failed: %s %s", e.code().name, e.details())
        raise RuntimeError(f"inference error {e.code().name}: {e.details()}") from e
    log.info("generated %d tokens (limit %d)", reply.num_tokens, max_tokens)
    return reply.text


def describe_auth() -> str:
    token = os.environ.get(TOKEN_ENV, "")
    return f"token ...{token[-4:]}" if token else "no token"


if __name__ == "__main__":
    print(describe_auth())
    print(generate("Write a haiku about gRPC."))
