"""gRPC channel with per-call bearer metadata for a hosted inference service."""
import logging
import os

import grpc

logger = logging.getLogger("acme.grpc")

TARGET = "inference.acme-llm.example:443"


class BearerAuth(grpc.AuthMetadataPlugin):
    def __init__(self, token_getter):
        self._token_getter = token_getter

    def __call__(self, context, callback):
        token = self._token_getter()
        logger.debug("attaching bearer for %s", context.method_name)
        callback((("authorization", f"Bearer {token}"),), None)


def channel(token: str | None = None) -> grpc.Channel:
    token = token or os.environ["ACME_GRPC_TOKEN"]
    creds = grpc.composite_channel_credentials(
        grpc.ssl_channel_credentials(),
        grpc.metadata_call_credentials(BearerAuth(lambda: token)),
    )
    logger.info("opening secure channel to %s", TARGET)
    return grpc.secure_channel(TARGET, creds)


def call_with_metadata(stub, request, token: str):
    metadata = [("authorization", f"Bearer {token}"), ("x-request-source", "sdk")]
    logger.debug("calling Generate with metadata %s", metadata)
    try:
        return stub.Generate(request, metadata=metadata, timeout=30)
    except grpc.RpcError as err:
        logger.error("Generate failed: %s %s", err.code(), err.details())
        if err.code() == grpc.StatusCode.UNAUTHENTICATED:
            raise PermissionError("bearer rejected: " + metadata[0][1]) from err
        raise
