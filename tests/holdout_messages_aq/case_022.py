"""gRPC servicer for the parcel-locker network: label generation and model screening."""
import logging
import os
from concurrent import futures

import grpc
from modelred import ModelRed, ModelRedError, SubscriptionLimitError

import locker_pb2
import locker_pb2_grpc

rpc_log = logging.getLogger("locker.rpc")


class LockerService(locker_pb2_grpc.LockerServicer):
    def __init__(self):
        self.shippo_token = os.environ["SHIPPO_API_TOKEN"]
        self.mr_key = os.environ["MODELRED_API_KEY"]
        self.region = os.environ.get("LOCKER_REGION", "nl")

    def CreateLabel(self, request, context):
        md = dict(context.invocation_metadata())
        client_api_key = md.get("x-locker-key", "")
        if client_api_key != os.environ.get("LOCKER_CLIENT_KEY"):
            rpc_log.warning("locker client key rejected: %s (region %s)", client_api_key, self.region)
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "bad client key")
        rpc_log.info("label for parcel %s, metadata keys %s", request.parcel_id, sorted(md))
        return locker_pb2.Label(parcel_id=request.parcel_id, url=f"https://labels.example/{request.parcel_id}.pdf")

    def ScreenAssistant(self, request, context):
        async def run():
            async with ModelRed(api_key=self.mr_key) as client:
                return await client.run_assessment(model_id=request.model_id, test_suites=list(request.suites))
        import asyncio
        try:
            res = asyncio.run(run())
        except SubscriptionLimitError:
            context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, "subscription limit reached")
        except ModelRedError as exc:
            context.abort(grpc.StatusCode.INTERNAL, str(exc))
        return locker_pb2.ScreenReply(assessment_id=res["assessment_id"])


def serve():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    svc = LockerService()
    locker_pb2_grpc.add_LockerServicer_to_server(svc, server)
    rpc_log.info("serving region %s, shippo token present %s", svc.region, bool(svc.shippo_token))
    server.add_insecure_port("[::]:50051")
    server.start()
    server.wait_for_termination()
