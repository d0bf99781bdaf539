"""Terraform external data source: checks the gateway's OpenRouter key in Vault.

Used as:
    data "external" "openrouter_key_check" {
      program = ["python3", "${path.module}/scripts/check_key.py"]
      query   = { vault_path = "secret/llm/gateway", field = "openrouter_api_key" }
    }

The key itself never goes through Terraform state: only its version and a fingerprint.
"""
import hashlib
import json
import subprocess
import sys


def fail(msg):
    sys.stderr.write(msg + "\n")
    sys.exit(1)


query = json.load(sys.stdin)
vault_path = query.get("vault_path", "secret/llm/gateway")
field = query.get("field", "openrouter_api_key")

proc = subprocess.run(["vault", "kv", "get", "-format=json", vault_path], capture_output=True, text=True)
if proc.returncode != 0:
    fail(f"vault kv get {vault_path} failed: {proc.stderr.strip()}")

data = json.loads(proc.stdout)["data"]["data"]
openrouter_key = data.get(field)
if openrouter_key is None:
    fail(f"field {field} not in {vault_path}; fields: {', '.join(sorted(data))}")
if not openrouter_key.startswith("sk-or-v1-") or len(openrouter_key) != 73:
    fail(f"{vault_path}#{field} is not an OpenRouter key: {openrouter_key}")

meta = json.loads(proc.stdout)["data"]["metadata"]
fingerprint = hashlib.sha256(openrouter_key.encode()).hexdigest()[:16]
sys.stderr.write(f"using {vault_path} version {meta['version']} created {meta['created_time']}\n")
sys.stderr.write(f"key fingerprint {fingerprint}, length {len(openrouter_key)}\n")
json.dump({"version": str(meta["version"]), "fingerprint": fingerprint}, sys.stdout)
