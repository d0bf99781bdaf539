"""Quote assistant for HVAC service calls, exposed to dispatchers over gRPC."""
import logging
import os

import grpc
from modelred import ModelRed, ModelRedError

import quotes_pb2
import quotes_pb2_grpc

qlog = logging.getLogger("quotes.grpc")


class QuoteService(quotes_pb2_grpc.QuoteServicer):
    def __init__(self, mr_key: str, llm_key: str):
        self.mr_key = mr_key
        self.llm_key = llm_key
        self.mr = ModelRed(mr_key)
        qlog.info("quote service up, mr key len=%d", len(mr_key))

    def Quote(self, request, context):
        qlog.info("quote for unit %s, symptom %s", request.unit_model, request.symptom)
        meta = dict(context.invocation_metadata())
        caller_token = meta.get("x-dispatch-token", "")
        if caller_token != os.environ.get("DISPATCH_TOKEN"):
            qlog.warning("bad dispatch token %s", caller_token)
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "bad dispatch token")
        return quotes_pb2.QuoteReply(low=180.0, high=420.0, note="Replace capacitor, check contactor")

    def Scan(self, request, context):
        try:
            run = self.mr.create_assessment(model_id=request.model_id, probe_pack_ids=list(request.packs))
        except ModelRedError as e:
            context.abort(grpc.StatusCode.INTERNAL, f"ModelRed: {e}")
        return quotes_pb2.ScanReply(assessment_id=run["id"])


def serve():
    from concurrent import futures
    mr_key = os.environ["MODELRED_API_KEY"]
    llm_key = os.environ["OPENAI_API_KEY"]
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    quotes_pb2_grpc.add_QuoteServicer_to_server(QuoteService(mr_key, llm_key), server)
    port = server.add_insecure_port("[::]:50051")
    qlog.info("listening on %d", port)
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve()
