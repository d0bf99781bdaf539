"""gRPC servicer exposing scan-credit balance and scan launch to the billing UI (gen 2 SDK)."""
import logging
import os

import grpc
from modelred import ModelRed, ModelRedError, NotFoundError

from . import billing_pb2, billing_pb2_grpc

log = logging.getLogger("grpc.billing")


class BillingServicer(billing_pb2_grpc.BillingServicer):
    def __init__(self, credits_store):
        self.credits = credits_store
        self.mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])

    def GetCredits(self, request, context):
        bal = self.credits.balance(request.tenant_id)
        log.info("credits for %s: %d", request.tenant_id, bal)
        return billing_pb2.Credits(tenant_id=request.tenant_id, remaining=bal)

    def LaunchScan(self, request, context):
        metadata = dict(context.invocation_metadata())
        internal_token = metadata.get("x-internal-token")
        if internal_token != os.environ.get("INTERNAL_GRPC_TOKEN"):
            raise PermissionError(f"bad internal token {internal_token}")
        if self.credits.balance(request.tenant_id) <= 0:
            context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, "no scan credits left")
        try:
            self.mr.get_model(request.model_id)
            run = self.mr.create_assessment(model=request.model_id, test_types=list(request.test_types))
        except NotFoundError:
            context.abort(grpc.StatusCode.NOT_FOUND, f"model {request.model_id} not registered")
        except ModelRedError as exc:
            log.warning("ModelRed failure for %s: %s", request.tenant_id, exc)
            context.abort(grpc.StatusCode.INTERNAL, f"ModelRed: {exc}")
        self.credits.debit(request.tenant_id, 1)
        log.info("tenant %s launched %s, metadata keys %s", request.tenant_id, run["id"], sorted(metadata))
        return billing_pb2.ScanStarted(assessment_id=run["id"])


def serve(port: int = 50051) -> None:
    from concurrent import futures

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    billing_pb2_grpc.add_BillingServicer_to_server(BillingServicer(credits_store=None), server)
    server.add_insecure_port(f"[::]:{port}")
    server.start()
    server.wait_for_termination()
