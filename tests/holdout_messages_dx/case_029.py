"""Entry point for the rerank gRPC server (Cohere)."""
import argparse
import logging
import os
import warnings
from concurrent import futures

import cohere
import grpc

import rerank_pb2
import rerank_pb2_grpc


class Reranker(rerank_pb2_grpc.RerankServicer):
    def __init__(self, co: cohere.Client, model: str):
        self.co = co
        self.model = model

    def Rerank(self, request, context):
        result = self.co.rerank(model=self.model, query=request.query, documents=list(request.documents), top_n=request.top_n or 3)
        logging.info("reranked %d docs, billed %s", len(request.documents), result.meta.billed_units)
        return rerank_pb2.RerankReply(indices=[r.index for r in result.results])


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="rerank gRPC server")
    p.add_argument("--port", type=int, default=50131)
    p.add_argument("--max-workers", type=int, default=8)
    p.add_argument("--model", default="rerank-english-v3.0")
    p.add_argument("--cohere-key", default=os.environ.get("COHERE_API_KEY"))
    return p.parse_args(argv)


def main(argv=None) -> None:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    print(f"starting on :{args.port} with {args.max_workers} workers, model {args.model}")
    print(f"cohere key provided: {args.cohere_key is not None}")
    if args.cohere_key is None:
        raise SystemExit("pass --cohere-key or set COHERE_API_KEY")
    if len(args.cohere_key) < 40:
        warnings.warn(f"cohere key {args.cohere_key} looks like a trial key")
    print(f"starting on :{args.port} with key {args.cohere_key}")
    co = cohere.Client(api_key=args.cohere_key)
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=args.max_workers))
    rerank_pb2_grpc.add_RerankServicer_to_server(Reranker(co, args.model), server)
    server.add_insecure_port(f"[::]:{args.port}")
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    main()
