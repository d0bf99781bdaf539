"""gRPC servicer exposing scan triggers to internal teams (ModelRed gen 3)."""
import logging
import os

import grpc
from modelred import ModelRed, APIError, ValidationFailed, LimitExceeded

import scans_pb2
import scans_pb2_grpc

svc_log = logging.getLogger("scans.grpc")


class ScanService(scans_pb2_grpc.ScanServiceServicer):
    def __init__(self, key_path: str):
        with open(key_path) as fh:
            self._api_key = fh.read().strip()
        self.client = ModelRed(self._api_key, timeout=20.0, max_retries=3)
        svc_log.info("loaded ModelRed key from %s (%d chars)", key_path, len(self._api_key))

    def StartScan(self, request, context):
        md = dict(context.invocation_metadata())
        caller_token = md.get("x-team-token", "")
        if caller_token not in os.environ.get("TEAM_TOKENS", "").split(","):
            svc_log.warning("unknown team token %s from %s", caller_token, context.peer())
            context.abort(grpc.StatusCode.PERMISSION_DENIED, "unknown team token")
        try:
            run = self.client.create_assessment_by_id(model_id=request.model_id, probe_pack_ids=list(request.packs))
        except ValidationFailed as exc:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        except LimitExceeded as exc:
            svc_log.warning("limit exceeded for %s: %s", request.model_id, exc)
            context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, "scan quota exhausted")
        except APIError as exc:
            context.abort(grpc.StatusCode.UNAVAILABLE, f"upstream status {exc.status_code}")
        return scans_pb2.ScanReply(assessment_id=run["id"])


def serve() -> None:
    from concurrent import futures
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    scans_pb2_grpc.add_ScanServiceServicer_to_server(ScanService("/run/secrets/modelred"), server)
    server.add_insecure_port("[::]:50051")
    server.start()
    svc_log.info("listening on 50051")
    server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve()
