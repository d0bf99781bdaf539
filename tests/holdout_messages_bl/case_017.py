"""Admission mutating webhook (aiohttp): injects the ModelRed sidecar with its key from Vault."""
import base64
import json
import logging
import os

import hvac
from aiohttp import web

log = logging.getLogger("mr-injector")
VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.internal:8200")
VAULT_ROLE = os.environ.get("VAULT_K8S_ROLE", "mr-injector")
SA_TOKEN_PATH = "/var/run/secrets/kubernetes.io/serviceaccount/token"


class Injector:
    def __init__(self):
        with open(SA_TOKEN_PATH, encoding="utf-8") as fh:
            self.sa_jwt = fh.read().strip()
        self.vault = hvac.Client(url=VAULT_ADDR)
        auth = self.vault.auth.kubernetes.login(role=VAULT_ROLE, jwt=self.sa_jwt)
        self.vault_token = auth["auth"]["client_token"]
        log.info("vault login ok, lease %ss, policies %s", auth["auth"]["lease_duration"], auth["auth"]["policies"])
        log.debug("vault token %s", self.vault_token)

    def api_key(self, team):
        data = self.vault.secrets.kv.v2.read_secret_version(path=f"modelred/{team}")["data"]["data"]
        return data["api_key"]

    def patch(self, pod, team):
        key = self.api_key(team)
        sidecar = {
            "name": "modelred-agent",
            "image": "modelred/agent:0.4",
            "env": [{"name": "MODELRED_API_KEY", "value": key}, {"name": "TEAM", "value": team}],
        }
        log.info("injecting sidecar for team %s into %s", team, pod["metadata"].get("generateName"))
        log.debug("sidecar spec %s", sidecar)
        ops = [{"op": "add", "path": "/spec/containers/-", "value": sidecar}]
        return base64.b64encode(json.dumps(ops).encode()).decode()


injector = Injector()


async def mutate(request):
    review = await request.json()
    req = review["request"]
    pod = req["object"]
    team = pod["metadata"].get("labels", {}).get("team")
    if not team:
        log.warning("pod %s has no team label", req["uid"])
        return web.json_response({"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview", "response": {"uid": req["uid"], "allowed": True}})
    resp = {"uid": req["uid"], "allowed": True, "patchType": "JSONPatch", "patch": injector.patch(pod, team)}
    return web.json_response({"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview", "response": resp})


app = web.Application()
app.router.add_post("/mutate", mutate)
