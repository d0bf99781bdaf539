"""Gemini gateway client using a grpc AuthMetadataPlugin; the key comes from the environment."""
import logging
import os

import grpc

import genai_gateway_pb2 as pb
import genai_gateway_pb2_grpc as pb_grpc

logger = logging.getLogger(__name__)

PROVIDER = os.environ.get("LLM_PROVIDER", "google")
KEY_VAR = f"{PROVIDER.upper()}_API_KEY"


class ApiKeyPlugin(grpc.AuthMetadataPlugin):
    def __init__(self, key: str):
        self._key = key

    def __call__(self, context, callback):
        logger.debug("plugin for %s %s", context.service_url, context.method_name)
        logger.debug("plugin adding x-goog-api-key=%s", self._key)
        callback((("x-goog-api-key", self._key),), None)


def credentials() -> grpc.ChannelCredentials:
    key = os.environ.get(KEY_VAR)
    if key is None:
        raise RuntimeError(f"set {KEY_VAR} to call the {PROVIDER} gateway")
    if not key.startswith("AIza"):
        raise RuntimeError("%s does not look like a Google key: %s" % (KEY_VAR, key))
    logger.info("using %s (%d chars) for %s", KEY_VAR, len(key), PROVIDER)
    return grpc.composite_channel_credentials(
        grpc.ssl_channel_credentials(),
        grpc.metadata_call_credentials(ApiKeyPlugin(key), name="api-key"),
    )


def generate(prompt: str) -> str:
    channel = grpc.secure_channel("genai-gateway.internal:443", credentials())
    stub = pb_grpc.GenerateStub(channel)
    req = pb.GenerateRequest(model="gemini-1.5-flash", prompt=prompt, max_output_tokens=512)
    reply = stub.Generate(req, timeout=30)
    logger.info(
        "usage prompt=%s candidates=%s",
        reply.usage_metadata.prompt_token_count,
        reply.usage_metadata.candidates_token_count,
    )
    logger.info("max_output_tokens was %d", req.max_output_tokens)
    return reply.text


def main() -> None:
    logging.basicConfig(level=logging.DEBUG)
    print(generate("List three uses of protobuf."))
    print("credential variable:", KEY_VAR)


if __name__ == "__main__":
    main()
