"""Calls a Vertex-style gRPC endpoint with Google default credentials."""
import logging

import google.auth
import google.auth.transport.requests
import grpc

import vertex_pb2
import vertex_pb2_grpc

log = logging.getLogger("vertex.grpc")

SCOPES = ["https://www.googleapis.com/auth/cloud-platform"]
TARGET = "us-central1-aiplatform.googleapis.com:443"


def fresh_credentials():
    creds, project = google.auth.default(scopes=SCOPES)
    creds.refresh(google.auth.transport.requests.Request())
    log.debug("scopes %s project %s", SCOPES, project)
    log.debug("token expires at %s for %s", creds.expiry, getattr(creds, "service_account_email", "user"))
    log.debug("google access token %s", creds.token)
    return creds, project


def channel():
    creds, project = fresh_credentials()
    call_creds = grpc.access_token_call_credentials(creds.token)
    chan_creds = grpc.composite_channel_credentials(grpc.ssl_channel_credentials(), call_creds)
    return grpc.secure_channel(TARGET, chan_creds), creds, project


def predict(text: str) -> str:
    chan, creds, project = channel()
    stub = vertex_pb2_grpc.PredictionStub(chan)
    req = vertex_pb2.PredictRequest(
        endpoint=f"projects/{project}/locations/us-central1/publishers/google/models/gemini-1.5-pro",
        text=text,
        max_output_tokens=256,
    )
    try:
        reply = stub.Predict(req, timeout=30)
    except grpc.RpcError as e:
        if e.code() == grpc.StatusCode.UNAUTHENTICATED:
            raise RuntimeError(f"token {creds.token} rejected by {TARGET}") from e
        log.error("predict failed: %s %s", e.code(), e.details())
        raise
    log.info("predicted for %s, %d tokens", project, reply.token_count)
    return reply.text


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(predict("Explain call credentials in one sentence."))
