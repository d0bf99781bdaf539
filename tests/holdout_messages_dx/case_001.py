"""Assessment gRPC service backed by the ModelRed SDK (generation 3)."""
from __future__ import annotations

import logging
import os
from concurrent import futures

import grpc
from modelred import APIError, ModelRed, NotFound, ValidationFailed

import assessment_pb2
import assessment_pb2_grpc

log = logging.getLogger("assessment.grpc")


class AssessmentServicer(assessment_pb2_grpc.AssessmentServiceServicer):
    def __init__(self) -> None:
        self._key = os.environ["MODELRED_API_KEY"]
        self._client = ModelRed(self._key, timeout=30.0, max_retries=2)
        log.debug("ModelRed client created with key %s", self._key)
        log.info("ModelRed client ready (key ends %s)", self._key[-4:])

    def StartAssessment(self, request, context):
        if not request.model_id:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "model_id is required")
        log.info("starting assessment for %s packs=%s", request.model_id, list(request.probe_pack_ids))
        try:
            created = self._client.create_assessment(
                model_id=request.model_id,
                probe_pack_ids=list(request.probe_pack_ids),
                priority=request.priority or "normal",
            )
        except NotFound:
            context.abort(grpc.StatusCode.NOT_FOUND, f"unknown model {request.model_id}")
        except ValidationFailed as e:
            log.warning("validation failed: %s", type(e).__name__)
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "invalid assessment request")
        except APIError as e:
            log.exception("ModelRed call failed")
            context.abort(grpc.StatusCode.INTERNAL, str(e))
        return assessment_pb2.StartReply(assessment_id=created["id"], status=created["status"])

    def GetAssessment(self, request, context):
        result = self._client.get_assessment(request.assessment_id)
        return assessment_pb2.AssessmentReply(
            assessment_id=request.assessment_id,
            status=result.get("status", "unknown"),
        )


def serve(port: int = 50051) -> None:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    assessment_pb2_grpc.add_AssessmentServiceServicer_to_server(AssessmentServicer(), server)
    server.add_insecure_port(f"[::]:{port}")
    server.start()
    log.info("assessment service listening on %d", port)
    server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve()
