"""gRPC servicer for the booking platform's red-team service (generation 3 SDK)."""
import logging
import os

import grpc
from modelred import ModelRed, APIError, Conflict, RateLimited, ServerError

import scans_pb2
import scans_pb2_grpc

LOG = logging.getLogger("scans.grpc")
RETRYABLE = (RateLimited, ServerError)


class ScanService(scans_pb2_grpc.ScanServiceServicer):
    def __init__(self, api_key: str):
        self._api_key = api_key
        self._client = ModelRed(api_key, timeout=20.0, max_retries=4)
        LOG.info("scan service ready (key id %s)", api_key[:3] + "..." + api_key[-4:])

    def StartScan(self, request, context):
        meta = dict(context.invocation_metadata())
        if meta.get("x-booking-service-token") != os.environ.get("INTERNAL_SERVICE_TOKEN"):
            LOG.warning("bad service token %s from %s", meta.get("x-booking-service-token"), context.peer())
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "bad token")
        try:
            a = self._client.create_assessment(model_id=request.model_id, probe_pack_ids=list(request.packs))
        except Conflict:
            context.abort(grpc.StatusCode.ALREADY_EXISTS, "assessment already running")
        except RETRYABLE as e:
            LOG.warning("retryable modelred error %s", type(e).__name__)
            context.abort(grpc.StatusCode.UNAVAILABLE, "scanner busy")
        except APIError as e:
            context.abort(grpc.StatusCode.INTERNAL, f"modelred: {e}")
        return scans_pb2.ScanReply(assessment_id=a["id"], status=a.get("status", "queued"))

    def CancelScan(self, request, context):
        try:
            self._client.cancel_assessment(request.assessment_id)
        except APIError as e:
            LOG.error("cancel %s failed: %s", request.assessment_id, e)
            context.abort(grpc.StatusCode.INTERNAL, "cancel failed")
        return scans_pb2.CancelReply(ok=True)


def serve():
    from concurrent import futures
    key = os.environ["MODELRED_API_KEY"]
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    scans_pb2_grpc.add_ScanServiceServicer_to_server(ScanService(key), server)
    server.add_insecure_port("[::]:50061")
    server.start()
    server.wait_for_termination()
