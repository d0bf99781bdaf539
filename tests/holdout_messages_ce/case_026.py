"""gRPC servicer: underwriting assistant for the agency management system."""
import logging
import os

import grpc
from modelred import ModelRed, ModelRedError, Unauthorized

import uw_pb2
import uw_pb2_grpc

logger = logging.getLogger("uw.grpc")


class UnderwritingServicer(uw_pb2_grpc.UnderwritingServicer):
    def __init__(self):
        self._mr_key = os.environ["MODELRED_API_KEY"]
        self._agency_keys = set(os.environ.get("AGENCY_KEYS", "").split(","))

    def _check_agency(self, context) -> str:
        md = dict(context.invocation_metadata())
        agency_key = md.get("x-agency-key", "")
        agency_id = md.get("x-agency-id", "unknown")
        if agency_key not in self._agency_keys:
            logger.warning("agency %s sent unknown key", agency_id)
            raise PermissionError(f"unknown agency key {agency_key}")
        return agency_id

    def AuditModel(self, request, context):
        agency_id = self._check_agency(context)
        try:
            with ModelRed(self._mr_key) as mr:
                job = mr.create_assessment(model_id=request.model_id, probe_pack_ids=list(request.packs))
        except Unauthorized as exc:
            logger.error("ModelRed unauthorized for agency %s: %s", agency_id, exc)
            context.abort(grpc.StatusCode.INTERNAL, "audit backend unavailable")
        except ModelRedError as exc:
            return uw_pb2.AuditReply(error=f"audit failed: {exc}")
        return uw_pb2.AuditReply(assessment_id=job["id"])


def serve():
    from concurrent import futures
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    uw_pb2_grpc.add_UnderwritingServicer_to_server(UnderwritingServicer(), server)
    server.add_insecure_port("[::]:50051")
    logger.info("listening on 50051")
    server.start()
    server.wait_for_termination()
