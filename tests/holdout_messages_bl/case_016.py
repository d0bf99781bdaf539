"""deploy_llm.py: terse Fabric-style deploy script for the inference fleet, run from a laptop."""
import os
import subprocess
import sys

import yaml

ENV = sys.argv[1] if len(sys.argv) > 1 else "staging"
with open(f"deploy/{ENV}.yaml", encoding="utf-8") as fh:
    cfg = yaml.safe_load(fh)

hosts = cfg["hosts"]
image = cfg["image"]
hf_token = cfg["secrets"]["hf_token"]
registry_password = os.environ.get("REGISTRY_PASSWORD") or cfg["registry"]["password"]
registry_user = cfg["registry"]["user"]

print(f"deploying {image} to {len(hosts)} hosts in {ENV}")
print(f"registry user {registry_user}, hf token configured: {hf_token is not None}")
if "-v" in sys.argv:
    print(f"env for containers: HF_TOKEN={hf_token} MAX_TOKENS={cfg.get('max_tokens', 2048)}")

login = subprocess.run(
    ["docker", "login", cfg["registry"]["host"], "-u", registry_user, "--password-stdin"],
    input=registry_password.encode(),
    capture_output=True,
)
if login.returncode != 0:
    sys.stderr.write(f"docker login failed: {login.stderr.decode()}\n")
    sys.exit(2)

for host in hosts:
    cmd = [
        "ssh", host, "docker", "run", "-d", "--restart=always",
        "-e", f"HF_TOKEN={hf_token}",
        "-e", f"MAX_TOKENS={cfg.get('max_tokens', 2048)}",
        image,
    ]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.stderr.write(f"{host}: failed {' '.join(cmd)}\n")
        continue
    print(f"{host}: container {res.stdout.strip()[:12]}")

print("done; rotate registry password with:", "REGISTRY_PASSWORD")
