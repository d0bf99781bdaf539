"""gRPC servicer of the inference gateway exposing ModelRed scans (generation 3)."""
from __future__ import annotations

import logging
import os

import grpc
from modelred import ModelRed, ModelRedError, Forbidden, NotAllowedForApiKey, ValidationFailed

import scan_pb2
import scan_pb2_grpc

log = logging.getLogger("grpc.scan")


class ScanService(scan_pb2_grpc.ScanServicer):
    def __init__(self) -> None:
        self._key = os.environ["MODELRED_API_KEY"]
        self._client = ModelRed(self._key, timeout=30.0)

    def Start(self, request, context):
        md = dict(context.invocation_metadata())
        caller = md.get("x-caller", "unknown")
        try:
            a = self._client.create_assessment(model_id=request.model_id, probe_pack_ids=list(request.packs))
        except (Forbidden, NotAllowedForApiKey) as e:
            log.error("caller %s not permitted: %s", caller, e)
            context.abort(grpc.StatusCode.PERMISSION_DENIED, "not permitted")
        except ValidationFailed as e:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(e))
        except ModelRedError as e:
            log.exception("start failed for %s", caller)
            context.abort(grpc.StatusCode.INTERNAL, f"scan failed ({type(e).__name__})")
        return scan_pb2.StartReply(assessment_id=a["id"])

    def Cancel(self, request, context):
        md = dict(context.invocation_metadata())
        if md.get("authorization") != f"Bearer {self._key}":
            log.warning("cancel with bad metadata %s", md)
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "bad credentials")
        self._client.cancel_assessment(request.assessment_id)
        return scan_pb2.CancelReply(ok=True)


def serve(port: int = 50051) -> None:
    from concurrent import futures

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    scan_pb2_grpc.add_ScanServicer_to_server(ScanService(), server)
    server.add_insecure_port(f"[::]:{port}")
    log.info("scan service on :%d", port)
    server.start()
    server.wait_for_termination()
