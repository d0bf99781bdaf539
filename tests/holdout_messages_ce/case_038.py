# rotate_uw_keys.py -- run by the platform on-call when the underwriting LLM keys rotate
import os
import logging
import subprocess

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
rot = logging.getLogger("rotate")

KEY_VARS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY")
K8S_SECRET = "uw-assistant-llm"
NAMESPACE = "underwriting"

current = {name: os.environ.get(name, "") for name in KEY_VARS}
missing = [name for name, value in current.items() if not value]
rot.info("rotating %s in %s/%s", ", ".join(KEY_VARS), NAMESPACE, K8S_SECRET)
if missing:
    rot.warning("not set: %s", ", ".join(missing))

args = ["kubectl", "-n", NAMESPACE, "create", "secret", "generic", K8S_SECRET, "--dry-run=client", "-o", "yaml"]
for name, value in current.items():
    if value:
        args.append(f"--from-literal={name}={value}")

rot.info("running kubectl with %d literals", len(args) - 10)
rot.debug("kubectl args: %s", args)
proc = subprocess.run(args, capture_output=True, text=True)
if proc.returncode != 0:
    rot.error("kubectl failed rc=%s: %s", proc.returncode, proc.stderr)
    raise SystemExit(1)

manifest = proc.stdout
applied = subprocess.run(["kubectl", "apply", "-f", "-"], input=manifest, capture_output=True, text=True)
rot.info("apply rc=%s", applied.returncode)

anthropic_key = current["ANTHROPIC_API_KEY"]
if anthropic_key and not anthropic_key.startswith("sk-ant-"):
    rot.error("ANTHROPIC_API_KEY has wrong prefix: %s", anthropic_key)
openai_key = current["OPENAI_API_KEY"]
print("OpenAI key fingerprint:", openai_key[:3] + "..." + openai_key[-4:] if openai_key else "-")
print(f"{K8S_SECRET} updated in {NAMESPACE}")
