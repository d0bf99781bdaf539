"""gRPC servicer for clause similarity search; embeddings via Voyage, index in Pinecone."""
import logging
import os

import grpc
import voyageai
from pinecone import Pinecone

import clause_search_pb2 as pb
import clause_search_pb2_grpc as pb_grpc

log = logging.getLogger("clause_search")

INDEX_NAME = "clauses-v2"
PINECONE_ENV_VAR = "PINECONE_API_KEY"


class ClauseSearch(pb_grpc.ClauseSearchServicer):
    def __init__(self):
        self._pinecone_key = os.environ[PINECONE_ENV_VAR]
        self._voyage_key = os.environ["VOYAGE_API_KEY"]
        self.vo = voyageai.Client(api_key=self._voyage_key)
        self.index = Pinecone(api_key=self._pinecone_key).Index(INDEX_NAME)
        log.info("clause search on index %s (key from %s)", INDEX_NAME, PINECONE_ENV_VAR)

    def Search(self, request, context):
        emb = self.vo.embed([request.query], model="voyage-law-2", input_type="query")
        log.debug("embedding used %d tokens", emb.total_tokens)
        res = self.index.query(vector=emb.embeddings[0], top_k=request.top_k or 10, include_metadata=True)
        return pb.SearchReply(hits=[pb.Hit(id=m.id, score=m.score, text=m.metadata.get("text", ""))
                                    for m in res.matches])

    def Health(self, request, context):
        try:
            stats = self.index.describe_index_stats()
        except Exception as exc:  # noqa: BLE001
            log.error("pinecone unreachable: %s", exc)
            raise ConnectionError(f"index {INDEX_NAME} unavailable with key {self._pinecone_key}") from exc
        return pb.HealthReply(vectors=stats.total_vector_count)


def serve() -> None:
    from concurrent import futures

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    svc = ClauseSearch()
    pb_grpc.add_ClauseSearchServicer_to_server(svc, server)
    server.add_insecure_port("[::]:50061")
    server.start()
    log.info("serving on 50061, voyage key %s", svc._voyage_key)
    server.wait_for_termination()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve()
