"""gRPC servicer answering clinical-guideline questions (RAG over internal PDFs)."""
import logging
import os
from concurrent import futures

import grpc
from openai import OpenAI
from pinecone import Pinecone

import guidelines_pb2
import guidelines_pb2_grpc

log = logging.getLogger("guidelines.grpc")


class GuidelineServicer(guidelines_pb2_grpc.GuidelinesServicer):
    def __init__(self):
        self.pinecone_api_key = os.environ["PINECONE_API_KEY"]
        self.index_name = os.environ.get("PINECONE_INDEX", "clinical-guidelines")
        self.pc = Pinecone(api_key=self.pinecone_api_key)
        self.index = self.pc.Index(self.index_name)
        self.oai = OpenAI()
        self.service_token = os.environ["GUIDELINE_SERVICE_TOKEN"]

    def _authorise(self, context):
        md = dict(context.invocation_metadata())
        presented = md.get("x-service-token", "")
        if presented != self.service_token:
            log.warning("rejected call from %s with x-service-token=%s", context.peer(), presented)
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "bad service token")

    def Ask(self, request, context):
        self._authorise(context)
        emb = self.oai.embeddings.create(model="text-embedding-3-small", input=request.question).data[0].embedding
        hits = self.index.query(vector=emb, top_k=5, include_metadata=True)
        passages = "\n".join(m["metadata"]["text"] for m in hits["matches"])
        out = self.oai.chat.completions.create(model="gpt-4o", max_tokens=request.max_tokens or 400, messages=[
            {"role": "system", "content": "Answer only from the guideline passages; cite section numbers."},
            {"role": "user", "content": f"{passages}\n\nQ: {request.question}"}])
        log.info("answered with %d passages, %d tokens", len(hits["matches"]), out.usage.total_tokens)
        return guidelines_pb2.Answer(text=out.choices[0].message.content)


def serve():
    servicer = GuidelineServicer()
    log.info("pinecone index %s ready", servicer.index_name)
    if not servicer.pinecone_api_key.startswith("pcsk_"):
        log.warning("PINECONE_API_KEY is a legacy key: %s", servicer.pinecone_api_key)
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    guidelines_pb2_grpc.add_GuidelinesServicer_to_server(servicer, server)
    server.add_insecure_port(f"[::]:{os.environ.get('GRPC_PORT', '50051')}")
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve()
