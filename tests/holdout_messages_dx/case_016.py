"""grpc.aio servicer creating ModelRed assessments (generation 2, AsyncModelRed)."""
import asyncio
import logging
import os

import grpc
from modelred import AsyncModelRed, NotFoundError, RateLimitError, ServerError

import scans_pb2
import scans_pb2_grpc

log = logging.getLogger("scans")


class ScanService(scans_pb2_grpc.ScanServicer):
    def __init__(self, api_key: str):
        self._api_key = api_key
        self._client = AsyncModelRed(api_key=api_key)
        log.info(f"AsyncModelRed ready with key {api_key}")

    async def CreateScan(self, request, context):
        log.info("scan for %s types=%s priority=%s", request.model, list(request.test_types), request.priority)
        try:
            assessment = await self._client.create_assessment(
                model=request.model,
                test_types=list(request.test_types),
                priority=request.priority or "normal",
            )
        except NotFoundError:
            await context.abort(grpc.StatusCode.NOT_FOUND, f"model {request.model} not found")
        except RateLimitError as exc:
            await context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, f"rate limited: {exc}")
        except ServerError as exc:
            log.error("ModelRed server error: %s", exc)
            await context.abort(grpc.StatusCode.UNAVAILABLE, "ModelRed unavailable, try later")
        log.info("created assessment %s", assessment["id"])
        return scans_pb2.ScanReply(assessment_id=assessment["id"], status=assessment.get("status", ""))

    async def WaitScan(self, request, context):
        result = await self._client.wait_for_completion(request.assessment_id, timeout=600)
        return scans_pb2.ScanReply(assessment_id=request.assessment_id, status=result["status"])


async def serve() -> None:
    key = os.environ.get("MODELRED_API_KEY")
    if not key:
        raise RuntimeError("MODELRED_API_KEY must be set (got %r)" % key)
    server = grpc.aio.server()
    scans_pb2_grpc.add_ScanServicer_to_server(ScanService(key), server)
    server.add_insecure_port("[::]:50080")
    await server.start()
    await server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(serve())
