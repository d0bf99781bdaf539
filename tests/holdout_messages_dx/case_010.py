"""grpc.aio server interceptor that checks x-api-key against keys stored in Vault."""
import logging
import os

import grpc
import hvac

log = logging.getLogger("aio.auth")

VAULT_PATH = "llm/tenant-keys"
API_KEY_HEADER = "x-api-key"


class VaultKeyInterceptor(grpc.aio.ServerInterceptor):
    def __init__(self) -> None:
        client = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
        data = client.secrets.kv.v2.read_secret_version(path=VAULT_PATH)["data"]["data"]
        self._tenant_for_key = {value: name for name, value in data.items()}
        self._tenants = sorted(data)
        log.info("loaded keys for tenants %s from %s", self._tenants, VAULT_PATH)

    async def intercept_service(self, continuation, handler_call_details):
        md = {k: v for k, v in (handler_call_details.invocation_metadata or ())}
        presented = md.get(API_KEY_HEADER)
        if presented is None:
            log.info("no %s on %s", API_KEY_HEADER, handler_call_details.method)
            return self._reject("missing api key")
        tenant = self._tenant_for_key.get(presented)
        if tenant is None:
            log.warning("unknown x-api-key %r on %s", presented, handler_call_details.method)
            return self._reject("unknown api key")
        log.debug("tenant %s authorised for %s", tenant, handler_call_details.method)
        return await continuation(handler_call_details)

    @staticmethod
    def _reject(details: str):
        async def abort(request, context):
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, details)

        return grpc.unary_unary_rpc_method_handler(abort)


def debug_dump(interceptor: VaultKeyInterceptor) -> None:
    for key, tenant in interceptor._tenant_for_key.items():
        print(f"{tenant}: {key}")


async def build_server() -> grpc.aio.Server:
    interceptor = VaultKeyInterceptor()
    if os.environ.get("AUTH_DEBUG") == "1":
        debug_dump(interceptor)
    server = grpc.aio.server(interceptors=[interceptor])
    server.add_insecure_port("[::]:50070")
    log.info("aio server with %d tenants", len(interceptor._tenants))
    return server
