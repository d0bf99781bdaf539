"""Cancel endpoint and startup check for the ModelRed bridge (generation 3)."""
import logging
import os
from concurrent import futures

import grpc
from modelred import APIError, ModelRed, NotFound, Unauthorized

import bridge_pb2
import bridge_pb2_grpc

log = logging.getLogger("bridge")

MODELRED_KEY = os.environ.get("MODELRED_API_KEY", "")


class BridgeServicer(bridge_pb2_grpc.BridgeServicer):
    def __init__(self, client: ModelRed):
        self.client = client

    def CancelAssessment(self, request, context):
        try:
            self.client.cancel_assessment(request.assessment_id)
        except NotFound:
            context.set_code(grpc.StatusCode.NOT_FOUND)
            context.set_details(f"assessment {request.assessment_id} not found")
            return bridge_pb2.CancelReply(cancelled=False)
        except APIError as e:
            context.set_code(grpc.StatusCode.INTERNAL)
            context.set_details(f"cancel failed: {e}")
            return bridge_pb2.CancelReply(cancelled=False)
        log.info("cancelled %s", request.assessment_id)
        return bridge_pb2.CancelReply(cancelled=True)

    def ListAssessments(self, request, context):
        page = self.client.list_assessments(page=request.page or 1)
        return bridge_pb2.AssessmentList(ids=[a["id"] for a in page.get("data", [])])


def startup_check(client: ModelRed) -> None:
    log.info("ModelRed key configured: %s", bool(MODELRED_KEY))
    if not MODELRED_KEY:
        raise RuntimeError("MODELRED_API_KEY is not set")
    try:
        client.list_models(page=1, page_size=1)
    except Unauthorized:
        raise RuntimeError("startup: ModelRed key rejected: %s" % MODELRED_KEY)


def serve() -> None:
    client = ModelRed(MODELRED_KEY, timeout=20.0, max_retries=3)
    startup_check(client)
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    bridge_pb2_grpc.add_BridgeServicer_to_server(BridgeServicer(client), server)
    server.add_insecure_port("[::]:50150")
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve()
