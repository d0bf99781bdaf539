"""gRPC servicer for the sortation-center assistant; ModelRed gen 3 scan on demand."""
import logging
import os

import grpc
from modelred import ModelRed, APIError, Forbidden, NotAllowedForApiKey, RateLimited

import sortation_pb2
import sortation_pb2_grpc

slog = logging.getLogger("sortation.grpc")


class SortationAssistant(sortation_pb2_grpc.SortationAssistantServicer):
    def __init__(self, api_key: str):
        self.api_key = api_key
        self.mr = ModelRed(api_key, timeout=15.0, max_retries=2)
        slog.info("servicer up, key suffix %s", api_key[-4:])

    def RunScan(self, request, context):
        try:
            a = self.mr.create_assessment(model_id=request.model_id, probe_pack_ids=list(request.packs))
        except (Forbidden, NotAllowedForApiKey) as e:
            context.abort(grpc.StatusCode.PERMISSION_DENIED, "this key may not run scans")
        except RateLimited as e:
            context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, f"retry after {e.retry_after}s")
        except APIError as e:
            context.abort(grpc.StatusCode.INTERNAL, str(e))
        return sortation_pb2.ScanReply(assessment_id=a["id"])

    def ScanStatus(self, request, context):
        try:
            a = self.mr.get_assessment(request.assessment_id)
        except APIError as e:
            slog.error("status %s failed: %s", request.assessment_id, e)
            context.set_code(grpc.StatusCode.UNAVAILABLE)
            context.set_details(f"ModelRed unavailable ({type(e).__name__})")
            return sortation_pb2.ScanStatusReply()
        return sortation_pb2.ScanStatusReply(status=a["status"], score=a.get("score") or 0.0)

    def Diagnostics(self, request, context):
        slog.debug("diagnostics for %s using key %s", context.peer(), self.api_key)
        return sortation_pb2.DiagReply(ok=True)


def serve():
    from concurrent import futures
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    sortation_pb2_grpc.add_SortationAssistantServicer_to_server(
        SortationAssistant(os.environ["MODELRED_API_KEY"]), server
    )
    server.add_insecure_port("[::]:50061")
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve()
