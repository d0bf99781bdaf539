"""Smoke test: hit the HF-backed inference service with the cached Hugging Face token."""
import sys
from pathlib import Path

import grpc

import hfinfer_pb2
import hfinfer_pb2_grpc

TOKEN_PATH = Path.home() / ".cache" / "huggingface" / "token"
TARGET = sys.argv[1] if len(sys.argv) > 1 else "localhost:50055"
MODEL = "mistralai/Mistral-7B-Instruct-v0.3"

hf_token = TOKEN_PATH.read_text().strip()
print(f"token file: {TOKEN_PATH}")
print(f"token starts with {hf_token[:3]}")
if not hf_token.startswith("hf_"):
    print(f"warning: unexpected token format {hf_token}", file=sys.stderr)

channel = grpc.insecure_channel(TARGET)
stub = hfinfer_pb2_grpc.InferenceStub(channel)

cases = [
    ("greeting", "Say hi."),
    ("math", "What is 17 * 3?"),
    ("json", "Return {\"ok\": true} as JSON."),
]
failures = 0
for name, prompt in cases:
    req = hfinfer_pb2.InferRequest(model=MODEL, prompt=prompt, max_new_tokens=64)
    try:
        resp = stub.Infer(req, metadata=[("authorization", "Bearer " + hf_token)], timeout=60)
    except grpc.RpcError as e:
        failures += 1
        sys.stderr.write(f"{name}: {e.code().name} {e.details()}\n")
        continue
    print(f"{name}: status={resp.status} tokens={resp.generated_tokens}")
    print("  ->", resp.text[:80])

if failures:
    sys.stderr.write(f"{failures} case(s) failed with token {hf_token}\n")
print(f"{len(cases) - failures}/{len(cases)} passed against {TARGET}")
print("model:", MODEL)
print("max_new_tokens:", 64)
channel.close()
sys.exit(1 if failures else 0)
