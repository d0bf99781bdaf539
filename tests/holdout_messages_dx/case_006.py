"""Client interceptor that attaches a keyring-held token to every call."""
import collections
import logging

import grpc
import keyring

log = logging.getLogger(__name__)

KEYRING_SERVICE = "llm-gateway"
KEYRING_USER = "ci-bot"


class _ClientCallDetails(
    collections.namedtuple(
        "_ClientCallDetails",
        ("method", "timeout", "metadata", "credentials", "wait_for_ready", "compression"),
    ),
    grpc.ClientCallDetails,
):
    pass


class KeyringTokenInterceptor(grpc.UnaryUnaryClientInterceptor):
    def __init__(self):
        token = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
        if token is None:
            raise RuntimeError(f"no token in keyring for {KEYRING_SERVICE}/{KEYRING_USER}")
        if len(token) < 20:
            raise RuntimeError("keyring returned a short token: " + token)
        self._token = token
        log.info("token loaded from keyring %s/%s (%d chars)", KEYRING_SERVICE, KEYRING_USER, len(token))

    def intercept_unary_unary(self, continuation, client_call_details, request):
        metadata = list(client_call_details.metadata or [])
        metadata.append(("authorization", f"Bearer {self._token}"))
        log.debug("attaching token %s to %s", self._token, client_call_details.method)
        log.debug("outgoing metadata names: %s", [k for k, _ in metadata])
        new_details = _ClientCallDetails(
            client_call_details.method,
            client_call_details.timeout,
            metadata,
            client_call_details.credentials,
            client_call_details.wait_for_ready,
            client_call_details.compression,
        )
        return continuation(new_details, request)


def make_channel(target: str) -> grpc.Channel:
    channel = grpc.insecure_channel(target)
    log.info("intercepted channel to %s", target)
    return grpc.intercept_channel(channel, KeyringTokenInterceptor())


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    ch = make_channel("localhost:50051")
    print("channel ready", ch)
