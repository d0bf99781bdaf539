"""gRPC service wrapping ModelRed assessments; errors go back to the caller in the status details."""
import logging
import os

import grpc
from modelred import ModelRed, ModelRedError, NotFound, ValidationFailed

import scans_pb2
import scans_pb2_grpc

log = logging.getLogger("scans.grpc")


class ScanService(scans_pb2_grpc.ScanServiceServicer):
    def __init__(self):
        self.client = ModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0)
        log.info("client ready, key configured=%s", "MODELRED_API_KEY" in os.environ)

    def GetAssessment(self, request, context):
        log.info("GetAssessment %s from %s", request.assessment_id, context.peer())
        try:
            a = self.client.get_assessment(request.assessment_id)
        except NotFound:
            context.abort(grpc.StatusCode.NOT_FOUND, "assessment not found")
        except ValidationFailed as e:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(e))
        except ModelRedError as e:
            log.error("get_assessment failed: %r", e)
            context.abort(grpc.StatusCode.INTERNAL, f"upstream error {type(e).__name__}")
        return scans_pb2.Assessment(id=a["id"], status=a["status"])

    def Cancel(self, request, context):
        try:
            self.client.cancel_assessment(request.assessment_id)
        except ModelRedError as e:
            context.set_code(grpc.StatusCode.FAILED_PRECONDITION)
            context.set_details(f"cancel failed: {e}")
            return scans_pb2.Empty()
        return scans_pb2.Empty()


def serve(port: int = 50051) -> None:
    from concurrent import futures
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    scans_pb2_grpc.add_ScanServiceServicer_to_server(ScanService(), server)
    server.add_insecure_port(f"[::]:{port}")
    server.start()
    log.info("listening on %d", port)
    server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve()
