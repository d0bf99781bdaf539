"""gRPC inference gateway with a bearer-token auth interceptor."""

import logging
import os

import grpc

from gen import gateway_pb2, gateway_pb2_grpc

log = logging.getLogger("grpc.gateway")

_API_TOKENS = set(filter(None, os.environ.get("GATEWAY_TOKENS", "").split(",")))


def _deny(code, details):
    def handler(request, context):
        context.abort(code, details)
    return grpc.unary_unary_rpc_method_handler(handler)


class AuthInterceptor(grpc.ServerInterceptor):
    def intercept_service(self, continuation, handler_call_details):
        metadata = dict(handler_call_details.invocation_metadata)
        auth = metadata.get("authorization", "")
        log.debug("call %s metadata keys %s", handler_call_details.method, sorted(metadata))
        if not auth.startswith("Bearer "):
            log.info("call %s without bearer token", handler_call_details.method)
            return _deny(grpc.StatusCode.UNAUTHENTICATED, "missing bearer token")
        token = auth[len("Bearer "):]
        if token not in _API_TOKENS:
            log.warning("rejected call %s, metadata %s", handler_call_details.method, metadata)
            return _deny(grpc.StatusCode.UNAUTHENTICATED, "token is not recognised")
        return continuation(handler_call_details)


class Gateway(gateway_pb2_grpc.GatewayServicer):
    def Complete(self, request, context):
        peer = context.peer()
        log.info("complete from %s, max_tokens=%d", peer, request.max_tokens)
        return gateway_pb2.CompleteReply(text="")


def serve(port: int = 50051) -> grpc.Server:
    server = grpc.server(
        __import__("concurrent.futures").futures.ThreadPoolExecutor(max_workers=8),
        interceptors=[AuthInterceptor()],
    )
    gateway_pb2_grpc.add_GatewayServicer_to_server(Gateway(), server)
    server.add_insecure_port(f"[::]:{port}")
    log.info("gateway listening on %d with %d tokens configured", port, len(_API_TOKENS))
    return server
