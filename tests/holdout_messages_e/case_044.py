"""gRPC servicer exposing red-team scans to other internal services."""
import logging
import os

import grpc
from modelred import ModelRed, ModelRedError, NotFound, ValidationFailed

import scans_pb2
import scans_pb2_grpc

log = logging.getLogger("grpc.scans")


class ScanService(scans_pb2_grpc.ScanServiceServicer):
    def __init__(self):
        self.client = ModelRed(os.environ["MODELRED_API_KEY"])
        self.logger = logging.getLogger("grpc.scans.service")

    def Start(self, request, context):
        try:
            run = self.client.create_assessment(model_id=request.model_id, probe_pack_ids=list(request.packs))
        except ValidationFailed as e:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(e))
        except ModelRedError as e:
            self.logger.exception("Start failed for %s", request.model_id)
            context.abort(grpc.StatusCode.UNAVAILABLE, "scan service unavailable")
        return scans_pb2.StartReply(assessment_id=run["id"])

    def Get(self, request, context):
        try:
            a = self.client.get_assessment(request.assessment_id)
        except NotFound as e:
            context.set_code(grpc.StatusCode.NOT_FOUND)
            context.set_details(f"no assessment {request.assessment_id}: {e}")
            return scans_pb2.GetReply()
        return scans_pb2.GetReply(status=a["status"], score=a.get("score") or 0.0)
