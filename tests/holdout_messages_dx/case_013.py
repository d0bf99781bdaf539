"""Status lookups for ModelRed assessments over gRPC (generation 1, async client)."""
import asyncio
import logging
import os

import grpc
from modelred import ModelRed, ModelRedError, NotFoundError

import status_pb2
import status_pb2_grpc

logger = logging.getLogger("status")


class StatusServicer(status_pb2_grpc.AssessmentStatusServicer):
    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.getenv("MODELRED_API_KEY", "")
        self._loop = asyncio.new_event_loop()

    async def _status(self, assessment_id: str):
        async with ModelRed(api_key=self.api_key) as client:
            return await client.get_assessment_status(assessment_id)

    def GetStatus(self, request, context):
        logger.info("status lookup for %s", request.assessment_id)
        try:
            status = self._loop.run_until_complete(self._status(request.assessment_id))
        except NotFoundError:
            context.set_code(grpc.StatusCode.NOT_FOUND)
            context.set_details("assessment not found")
            return status_pb2.StatusReply()
        except ModelRedError as e:
            logger.exception("ModelRed lookup failed for %s", request.assessment_id)
            context.set_code(grpc.StatusCode.INTERNAL)
            context.set_details(str(e))
            return status_pb2.StatusReply()
        return status_pb2.StatusReply(
            assessment_id=request.assessment_id,
            state=status.get("status", "unknown"),
            progress=int(status.get("progress", 0)),
        )

    def CheckKey(self, request, context):
        configured = bool(self.api_key)
        logger.info("ModelRed key configured: %s", configured)
        if configured and not self.api_key.startswith("mr_"):
            logger.warning("MODELRED_API_KEY does not look right: %s", self.api_key)
            context.set_details("MODELRED_API_KEY format invalid")
            context.set_code(grpc.StatusCode.FAILED_PRECONDITION)
        return status_pb2.KeyReply(configured=configured)


def add_to(server) -> StatusServicer:
    servicer = StatusServicer()
    status_pb2_grpc.add_AssessmentStatusServicer_to_server(servicer, server)
    logger.info("status servicer attached")
    return servicer
