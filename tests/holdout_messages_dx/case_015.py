"""Embedding client: builds EmbedRequest messages carrying a Cohere key."""
import json
import logging

import boto3
import grpc
from google.protobuf.json_format import MessageToDict, MessageToJson

import embed_pb2
import embed_pb2_grpc

log = logging.getLogger("embed")

SECRET_ID = "prod/embeddings/cohere"


def cohere_key() -> str:
    sm = boto3.client("secretsmanager")
    payload = json.loads(sm.get_secret_value(SecretId=SECRET_ID)["SecretString"])
    return payload["api_key"]


def build_request(texts: list[str], model: str = "embed-english-v3.0") -> embed_pb2.EmbedRequest:
    return embed_pb2.EmbedRequest(api_key=cohere_key(), model=model, texts=texts, input_type="search_document")


def loggable(req: embed_pb2.EmbedRequest) -> dict:
    shown = embed_pb2.EmbedRequest()
    shown.CopyFrom(req)
    shown.ClearField("api_key")
    return MessageToDict(shown, preserving_proto_field_name=True)


def embed(texts: list[str], target: str = "embedder.internal:50051") -> list[list[float]]:
    req = build_request(texts)
    log.debug("embed request %s", MessageToDict(req))
    log.debug("embed request (redacted) %s", loggable(req))
    log.info("embedding %d texts with %s from secret %s", len(req.texts), req.model, SECRET_ID)
    with grpc.insecure_channel(target) as channel:
        stub = embed_pb2_grpc.EmbedderStub(channel)
        try:
            reply = stub.Embed(req, timeout=30)
        except grpc.RpcError as e:
            log.error("embed failed %s: %s", e.code(), e.details())
            raise
    log.info("billed units: %s", MessageToJson(reply.meta))
    return [list(v.values) for v in reply.embeddings]


def debug_key_source() -> None:
    key = cohere_key()
    print(f"cohere key from {SECRET_ID}: {key}")
    print(f"key length {len(key)}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    vectors = embed(["hello world", "grpc embeddings"])
    print(len(vectors), "vectors")
