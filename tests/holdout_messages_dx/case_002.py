"""Bearer-token server interceptor for the completion service."""
import hashlib
import logging
import os

import grpc

logger = logging.getLogger(__name__)

TENANTS_BY_DIGEST = {}
AUTH_HEADER = "authorization"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def load_tenants() -> None:
    for line in os.environ.get("TENANT_TOKEN_DIGESTS", "").split(","):
        if ":" in line:
            tenant, digest = line.split(":", 1)
            TENANTS_BY_DIGEST[digest] = tenant
    logger.info("loaded %d tenant digests", len(TENANTS_BY_DIGEST))


def _lookup_tenant(token: str) -> str:
    tenant = TENANTS_BY_DIGEST.get(_digest(token))
    if tenant is None:
        raise KeyError(f"no tenant registered for bearer {token}")
    return tenant


def _deny(code, details):
    def handler(request, context):
        context.abort(code, details)

    return grpc.unary_unary_rpc_method_handler(handler)


class BearerAuthInterceptor(grpc.ServerInterceptor):
    def intercept_service(self, continuation, handler_call_details):
        metadata = dict(handler_call_details.invocation_metadata or ())
        logger.debug("call %s metadata keys %s", handler_call_details.method, sorted(metadata))
        raw = metadata.get(AUTH_HEADER, "")
        if not raw.startswith("Bearer "):
            logger.warning("missing %s header on %s", AUTH_HEADER, handler_call_details.method)
            return _deny(grpc.StatusCode.UNAUTHENTICATED, "missing bearer token")
        token = raw[len("Bearer "):]
        try:
            tenant = _lookup_tenant(token)
        except KeyError:
            logger.warning("rejected token %s on %s", token, handler_call_details.method)
            return _deny(grpc.StatusCode.UNAUTHENTICATED, "invalid token")
        logger.info("tenant %s token digest %s", tenant, _digest(token)[:12])
        return continuation(handler_call_details)


def build_server():
    from concurrent import futures

    load_tenants()
    return grpc.server(
        futures.ThreadPoolExecutor(max_workers=10),
        interceptors=[BearerAuthInterceptor()],
    )
