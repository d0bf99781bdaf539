"""gRPC service that proxies red-team runs to ModelRed (async, generation 3)."""
import logging
import os

import grpc

from modelred import AsyncModelRed, LimitExceeded, ModelRedError, Unauthorized
from redteam_pb2 import RunReply
from redteam_pb2_grpc import RedTeamServicer

log = logging.getLogger("redteam.grpc")


class RedTeamService(RedTeamServicer):
    def __init__(self) -> None:
        self._api_key = os.environ["MODELRED_API_KEY"]

    async def StartRun(self, request, context):
        async with AsyncModelRed(self._api_key) as client:
            try:
                run = await client.create_assessment_by_id(model_id=request.model_id, probe_pack_ids=list(request.packs))
            except Unauthorized:
                log.error("ModelRed key rejected (key ends %s)", self._api_key[-4:])
                await context.abort(grpc.StatusCode.UNAVAILABLE, "red-team backend unavailable")
            except LimitExceeded as exc:
                await context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, str(exc))
            except ModelRedError as exc:
                log.exception("create_assessment_by_id failed")
                context.set_code(grpc.StatusCode.INTERNAL)
                context.set_details(f"ModelRed error: {exc}")
                return RunReply()
        return RunReply(run_id=run["id"], status=run["status"])

    async def GetRun(self, request, context):
        async with AsyncModelRed(self._api_key) as client:
            try:
                run = await client.get_assessment(request.run_id)
            except ModelRedError as exc:
                log.warning("get_assessment failed: %s", exc)
                await context.abort(grpc.StatusCode.INTERNAL, f"lookup failed ({type(exc).__name__})")
        return RunReply(run_id=run["id"], status=run["status"])
