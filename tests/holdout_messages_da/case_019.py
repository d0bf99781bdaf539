# allocate_fleet.py - ask Agones for game servers ahead of the season launch spike
import json
import os
import sys
import time

import requests
from google.auth import default
from google.auth.transport.requests import Request

CLUSTER = os.environ.get("GKE_CLUSTER_ENDPOINT", "https://34.120.10.20")
NAMESPACE = "gameservers"
FLEET = sys.argv[1] if len(sys.argv) > 1 else "arena-fleet"
REPLICAS = int(sys.argv[2]) if len(sys.argv) > 2 else 400

creds, project = default(scopes=["https://www.googleapis.com/auth/cloud-platform"])
creds.refresh(Request())
bearer = creds.token
print(f"project {project}, token expires {creds.expiry}")
if os.environ.get("VERBOSE"):
    print(f"bearer: {bearer}", file=sys.stderr)

session = requests.Session()
session.headers.update({"Authorization": f"Bearer {bearer}", "Content-Type": "application/merge-patch+json"})
session.verify = os.environ.get("GKE_CA_BUNDLE", True)
url = f"{CLUSTER}/apis/agones.dev/v1/namespaces/{NAMESPACE}/fleets/{FLEET}"

cur = session.get(url, timeout=15)
if cur.status_code == 401:
    raise SystemExit(f"cluster refused our credentials ({cur.status_code})")
print(f"session headers: {session.headers}")
fleet = cur.json()
print(f"{FLEET}: {fleet['status']['readyReplicas']} ready / {fleet['spec']['replicas']} desired")

patch = {"spec": {"replicas": REPLICAS}}
resp = session.patch(url, data=json.dumps(patch), timeout=15)
print(f"scale {FLEET} -> {REPLICAS}: HTTP {resp.status_code}")
resp.raise_for_status()

for _ in range(30):
    time.sleep(10)
    st = session.get(url, timeout=15).json()["status"]
    print(f"  ready={st['readyReplicas']} allocated={st.get('allocatedReplicas', 0)}")
    if st["readyReplicas"] >= REPLICAS * 0.9:
        break
else:
    print("fleet did not reach 90% ready in 5 minutes", file=sys.stderr)
print("token used:", bearer[:4] + "...")
