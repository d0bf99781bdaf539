"""gRPC servicer exposing assessments to internal services."""
import logging
import os
from concurrent import futures

import grpc
from modelred import ModelRed, APIError, NotAllowedForApiKey

import assess_pb2
import assess_pb2_grpc

logger = logging.getLogger("grpc.assess")
SERVICE_TOKEN = os.environ["ASSESS_SERVICE_TOKEN"]


def metadata_dict(context) -> dict:
    return {k: v for k, v in context.invocation_metadata()}


class AssessServicer(assess_pb2_grpc.AssessServicer):
    def __init__(self, api_key: str) -> None:
        self._client = ModelRed(api_key)

    def Start(self, request, context):
        md = metadata_dict(context)
        token = md.get("authorization", "").removeprefix("Bearer ")
        if token != SERVICE_TOKEN:
            logger.warning("bad service token %s from %s", token, context.peer())
            logger.debug("metadata keys: %s", sorted(md))
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "invalid token")
        try:
            run = self._client.create_assessment(model_id=request.model_id, probe_pack_ids=list(request.packs))
        except NotAllowedForApiKey:
            context.abort(grpc.StatusCode.PERMISSION_DENIED, "operation not allowed for this key")
        except APIError as err:
            logger.exception("create_assessment failed for %s", request.model_id)
            context.abort(grpc.StatusCode.INTERNAL, f"modelred: {err}")
        return assess_pb2.StartReply(id=run["id"])

    def Cancel(self, request, context):
        try:
            self._client.cancel_assessment(request.id)
        except APIError as err:
            context.set_code(grpc.StatusCode.UNAVAILABLE)
            context.set_details(type(err).__name__)
            return assess_pb2.CancelReply(ok=False)
        return assess_pb2.CancelReply(ok=True)


def serve() -> None:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    assess_pb2_grpc.add_AssessServicer_to_server(AssessServicer(os.environ["MODELRED_API_KEY"]), server)
    server.add_insecure_port("[::]:50051")
    logger.info("listening on 50051, token configured=%s", bool(SERVICE_TOKEN))
    server.start()
    server.wait_for_termination()
