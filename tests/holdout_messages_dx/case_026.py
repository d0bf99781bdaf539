"""Envoy ext_authz gRPC service guarding the LLM gateway."""
import logging
import os
from concurrent import futures

import grpc
from envoy.service.auth.v3 import external_auth_pb2, external_auth_pb2_grpc
from google.rpc import code_pb2, status_pb2

log = logging.getLogger("ext_authz")

ALLOWED = set(filter(None, os.environ.get("GATEWAY_KEYS", "").split(",")))
SENSITIVE = {"authorization", "x-api-key", "cookie"}


def _deny(message: str) -> external_auth_pb2.CheckResponse:
    return external_auth_pb2.CheckResponse(
        status=status_pb2.Status(code=code_pb2.PERMISSION_DENIED, message=message)
    )


class ExtAuthz(external_auth_pb2_grpc.AuthorizationServicer):
    def Check(self, request, context):
        http = request.attributes.request.http
        headers = dict(http.headers)
        log.debug("check %s %s", http.method, http.path)
        log.debug("headers %s", headers)
        safe = {k: v for k, v in headers.items() if k.lower() not in SENSITIVE}
        log.debug("headers (filtered) %s", safe)
        auth_header = headers.get("authorization", "")
        if not auth_header:
            log.info("deny %s: no authorization header", http.path)
            return _deny("missing credentials")
        presented = auth_header.removeprefix("Bearer ").strip()
        if presented not in ALLOWED:
            log.info("ext_authz deny for %s", auth_header)
            return _deny("invalid credentials")
        log.info("allow %s (key ...%s)", http.path, presented[-4:])
        return external_auth_pb2.CheckResponse(status=status_pb2.Status(code=code_pb2.OK))


def serve() -> None:
    log.info("%d gateway keys loaded", len(ALLOWED))
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    external_auth_pb2_grpc.add_AuthorizationServicer_to_server(ExtAuthz(), server)
    server.add_insecure_port("[::]:9191")
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    serve()
