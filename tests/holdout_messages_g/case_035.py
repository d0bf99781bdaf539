"""gRPC servicer fronting ModelRed for internal clients (generation 3)."""
import logging
import os

import grpc
from modelred import Forbidden, ModelRed, ModelRedError, NotFound

import redteam_pb2
import redteam_pb2_grpc

log = logging.getLogger("grpc.redteam")


class RedTeamServicer(redteam_pb2_grpc.RedTeamServicer):
    def __init__(self):
        self._client = ModelRed(os.environ["MODELRED_API_KEY"])

    def GetAssessment(self, request, context):
        try:
            data = self._client.get_assessment(request.assessment_id)
        except NotFound:
            context.abort(grpc.StatusCode.NOT_FOUND, "assessment not found")
        except Forbidden as exc:
            log.warning("forbidden: %s", exc)
            context.abort(grpc.StatusCode.PERMISSION_DENIED, str(exc))
        except ModelRedError as exc:
            log.exception("get_assessment failed")
            context.abort(grpc.StatusCode.INTERNAL, "upstream failure")
        return redteam_pb2.Assessment(id=data["id"], status=data["status"])

    def ListModels(self, request, context):
        try:
            models = self._client.list_models()
        except ModelRedError as exc:
            context.set_code(grpc.StatusCode.UNAVAILABLE)
            context.set_details(f"list_models failed: {exc}")
            return redteam_pb2.ModelList()
        log.info("listed %d models (page_token=%s)", len(models), request.page_token)
        return redteam_pb2.ModelList(ids=[m["id"] for m in models])
