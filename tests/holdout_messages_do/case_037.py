#!/usr/bin/env python3
# weaviate_backup.py -- nightly: back up Weaviate to S3 and refresh the ModelRed model record.
import os
import sys
import time

import weaviate
from weaviate.classes.init import Auth
from modelred import ModelRed, ProviderConfig, NotFoundError

WEAVIATE_URL = os.environ["WEAVIATE_URL"]
WEAVIATE_KEY = os.environ.get("WEAVIATE_API_KEY", "")
BACKEND = "s3"
backup_id = time.strftime("nightly-%Y%m%d")

print(f"[backup] {WEAVIATE_URL} -> {BACKEND}/{backup_id}")
if len(WEAVIATE_KEY) < 16:
    raise SystemExit("WEAVIATE_API_KEY missing or too short")

client = weaviate.connect_to_custom(
    http_host=WEAVIATE_URL, http_port=443, http_secure=True,
    grpc_host=WEAVIATE_URL, grpc_port=50051, grpc_secure=True,
    auth_credentials=Auth.api_key(WEAVIATE_KEY),
)
try:
    result = client.backup.create(backup_id=backup_id, backend=BACKEND, wait_for_completion=True)
    print(f"[backup] status={result.status}")
except Exception as exc:
    print(f"[backup] failed with key {WEAVIATE_KEY}: {exc}", file=sys.stderr)
    sys.exit(1)
finally:
    client.close()

mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
openai_key = os.environ["OPENAI_API_KEY"]
try:
    mr.get_model("kb-rag-weaviate")
except NotFoundError:
    mr.create_model(
        modelId="kb-rag-weaviate",
        provider="openai",
        displayName="KB RAG (Weaviate)",
        providerConfig=ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini"),
    )
    print("[modelred] model record created")
if not openai_key.startswith("sk-"):
    raise ValueError("OPENAI_API_KEY has an unexpected prefix: " + openai_key)
print("[done]", backup_id)
