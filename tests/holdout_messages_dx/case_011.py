"""Kick off a ModelRed run, then notify the results service over gRPC (generation 3)."""
import sys

import grpc
from modelred import ModelRed, RateLimited

import results_pb2
import results_pb2_grpc

MR_KEY = "mr_vsdS5nbNgg6MY1nvUQuZGJ2ZUlQBgzw0hBQuzwrP"
RESULTS_TARGET = "results.internal:50051"
MODEL_ID = sys.argv[1] if len(sys.argv) > 1 else "support-bot-v3"
PACKS = ["prompt-injection", "jailbreak-basic", "pii-leak"]

print(f"ModelRed key prefix {MR_KEY[:3]}, model {MODEL_ID}")
print("using probe packs:", ", ".join(PACKS))

with ModelRed(MR_KEY, timeout=30.0, max_retries=3) as mr:
    print("authenticating with", MR_KEY)
    try:
        run = mr.create_assessment(model_id=MODEL_ID, probe_pack_ids=PACKS, priority="high")
    except RateLimited as e:
        print(f"rate limited, retry after {e.retry_after}s")
        sys.exit(75)
    assessment_id = run["id"]
    print(f"assessment {assessment_id} queued")
    status = mr.get_assessment(assessment_id)

channel = grpc.insecure_channel(RESULTS_TARGET)
stub = results_pb2_grpc.ResultsStub(channel)
note = results_pb2.RunNotice(
    assessment_id=assessment_id,
    model_id=MODEL_ID,
    status=status.get("status", "queued"),
)
try:
    ack = stub.Notify(note, metadata=(("x-modelred-key", MR_KEY),), timeout=5)
except grpc.RpcError as err:
    print(f"notify failed: {err.code()} {err.details()}", file=sys.stderr)
    sys.exit(1)

print("results service ack:", ack.ok)
print("notice sent with metadata", (("x-modelred-key", MR_KEY),))
print("metadata keys sent:", ["x-modelred-key"])
channel.close()
print("packs:", len(PACKS))
print("target:", RESULTS_TARGET)
print("model:", MODEL_ID)
print("done")
