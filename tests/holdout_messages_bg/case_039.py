import os
import sys
import json
import logging
import requests

# one-off: check every RPC endpoint in rpc_endpoints.json, run by hand before deploys
logging.basicConfig(level=logging.INFO, stream=sys.stdout)
rpc_log = logging.getLogger("rpccheck")

with open(os.environ.get("RPC_FILE", "rpc_endpoints.json")) as fh:
    endpoints = json.load(fh)

quicknode_token = os.environ.get("QUICKNODE_TOKEN")
infura_secret = os.environ.get("INFURA_API_SECRET")
rpc_log.info("%d endpoints, quicknode token set: %s", len(endpoints), bool(quicknode_token))

payload = {"jsonrpc": "2.0", "id": 1, "method": "eth_blockNumber", "params": []}
bad = []
for ep in endpoints:
    name, url = ep["name"], ep["url"]
    auth = ("", infura_secret) if ep.get("provider") == "infura" else None
    headers = {"x-qn-api-key": quicknode_token} if ep.get("provider") == "quicknode" else {}
    try:
        r = requests.post(url, json=payload, auth=auth, headers=headers, timeout=5)
        block = int(r.json()["result"], 16)
        rpc_log.info("%-20s block %d (%s)", name, block, ep.get("provider"))
    except Exception as exc:
        rpc_log.warning("%-20s FAILED %s", name, type(exc).__name__)
        bad.append(name)

if bad:
    rpc_log.error("failing endpoints: %s", ", ".join(bad))

if infura_secret is not None and not infura_secret.strip():
    rpc_log.error("INFURA_API_SECRET is blank")
elif infura_secret:
    rpc_log.debug("infura basic auth secret=%s", infura_secret)

print("quicknode headers:", {"x-qn-api-key": quicknode_token})
print(json.dumps({"checked": len(endpoints), "failed": len(bad)}))
sys.exit(1 if bad else 0)
