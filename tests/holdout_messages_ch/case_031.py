"""Citizen-feedback sentiment service for the mayor's office (gRPC servicer)."""
import logging
import os

import grpc
from openai import OpenAI

import feedback_pb2
import feedback_pb2_grpc

svc_log = logging.getLogger("mayor.feedback")


class FeedbackServicer(feedback_pb2_grpc.FeedbackServicer):
    def __init__(self):
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.service_token = os.environ["FEEDBACK_SERVICE_TOKEN"]
        self.client = OpenAI(api_key=self.openai_key)
        self.model = "gpt-4o-mini"

    def _authorised(self, context) -> bool:
        md = dict(context.invocation_metadata())
        presented = md.get("authorization", "").removeprefix("Bearer ")
        if presented != self.service_token:
            svc_log.warning("bad bearer %s from %s", presented, context.peer())
            return False
        return True

    def Classify(self, request, context):
        if not self._authorised(context):
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "bad token")
        r = self.client.chat.completions.create(
            model=self.model, max_tokens=3,
            messages=[{"role": "user", "content": f"positive/neutral/negative: {request.text}"}])
        svc_log.info("classified %s in %d tokens", request.feedback_id, r.usage.total_tokens)
        return feedback_pb2.Sentiment(label=r.choices[0].message.content.strip())

    def Health(self, request, context):
        svc_log.debug("health: model=%s token_configured=%s", self.model, bool(self.service_token))
        return feedback_pb2.HealthReply(ok=True)


def serve(port: int = 50051):
    servicer = FeedbackServicer()
    server = grpc.server(__import__("concurrent.futures").futures.ThreadPoolExecutor(max_workers=8))
    feedback_pb2_grpc.add_FeedbackServicer_to_server(servicer, server)
    server.add_insecure_port(f"[::]:{port}")
    svc_log.info("serving on %d with service token %s", port, servicer.service_token)
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    serve()
