#!/usr/bin/env python3
# bootstrap-llm-secrets.py: push the OpenAI key from the shell env into the cluster.
import os
import subprocess
import sys

NAMESPACE = os.environ.get("TARGET_NS", "llm-gateway")
SECRET_NAME = "openai-credentials"
KEY_VAR = "OPENAI_API_KEY"

openai_key = os.environ.get(KEY_VAR, "")
if not openai_key:
    print(f"{KEY_VAR} is not set; export it first (got {openai_key!r})", file=sys.stderr)
    sys.exit(2)

print(f"target namespace: {NAMESPACE}, secret: {SECRET_NAME}")
print(f"key present: {bool(openai_key)}, looks like project key: {openai_key.startswith('sk-proj-')}")

subprocess.run(
    ["kubectl", "-n", NAMESPACE, "delete", "secret", SECRET_NAME, "--ignore-not-found"],
    check=True,
)

cmd = [
    "kubectl", "-n", NAMESPACE, "create", "secret", "generic", SECRET_NAME,
    f"--from-literal={KEY_VAR}={openai_key}",
    "--dry-run=client", "-o", "yaml",
]
if "--verbose" in sys.argv:
    print("running:", " ".join(cmd))

manifest = subprocess.run(cmd, capture_output=True, text=True)
if manifest.returncode != 0:
    print(f"kubectl failed ({manifest.returncode}): {manifest.stderr}", file=sys.stderr)
    sys.exit(1)

applied = subprocess.run(
    ["kubectl", "apply", "-f", "-"], input=manifest.stdout, capture_output=True, text=True
)
print(applied.stdout.strip())

subprocess.run(
    ["kubectl", "-n", NAMESPACE, "annotate", "secret", SECRET_NAME,
     f"llm.example.com/key-suffix={openai_key[-4:]}", "--overwrite"],
    check=True,
)
print(f"annotated {SECRET_NAME} with suffix {openai_key[-4:]}")

subprocess.run(
    ["kubectl", "-n", NAMESPACE, "rollout", "restart", "deployment/gateway"], check=True
)
sys.stderr.write("rolled out gateway with key " + openai_key + "\n")
