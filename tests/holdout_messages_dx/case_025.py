"""Probe catalogue over grpc.aio (ModelRed generation 3, AsyncModelRed); key from Secrets Manager."""
import json
import logging

import boto3
from modelred import APIError, AsyncModelRed, RateLimited

import catalogue_pb2
import catalogue_pb2_grpc

log = logging.getLogger("catalogue")

SECRET_ID = "modelred/prod/api-key"


def fetch_modelred_key() -> str:
    resp = boto3.client("secretsmanager").get_secret_value(SecretId=SECRET_ID)
    secret_string = resp["SecretString"]
    log.info("secret %s version %s", SECRET_ID, resp["VersionId"])
    log.debug("secret payload %s", secret_string)
    return json.loads(secret_string)["MODELRED_API_KEY"]


class CatalogueService(catalogue_pb2_grpc.CatalogueServicer):
    def __init__(self):
        self._client = AsyncModelRed(fetch_modelred_key(), timeout=20.0)

    async def ListPacks(self, request, context):
        try:
            packs = await self._client.list_owned_probes(page=request.page or 1, page_size=50)
        except RateLimited as e:
            log.warning("rate limited, retry after %s", e.retry_after)
            return catalogue_pb2.PackList(error="rate limited, try again shortly")
        except APIError as e:
            log.error("ModelRed list failed: %s", e)
            return catalogue_pb2.PackList(error=repr(e))
        items = packs.get("data", [])
        log.info("returning %d packs", len(items))
        return catalogue_pb2.PackList(ids=[p["id"] for p in items])

    async def GetPackData(self, request, context):
        try:
            data = await self._client.get_probe_pack_data(request.pack_id)
        except APIError as e:
            log.error("pack %s failed: %s", request.pack_id, type(e).__name__)
            return catalogue_pb2.PackData(error=f"pack {request.pack_id} unavailable")
        return catalogue_pb2.PackData(json=json.dumps(data))


async def serve() -> None:
    import grpc

    server = grpc.aio.server()
    catalogue_pb2_grpc.add_CatalogueServicer_to_server(CatalogueService(), server)
    server.add_insecure_port("[::]:50111")
    await server.start()
    await server.wait_for_termination()
