# Vercel cron (api/cron/refresh.py): refresh a Hugging Face Inference Endpoint's cached token list.
import json
import os
from http.server import BaseHTTPRequestHandler

import requests

HF_TOKEN = os.getenv("HF_TOKEN", "")
CRON_SECRET = os.getenv("CRON_SECRET", "")
ENDPOINTS_API = "https://api.endpoints.huggingface.cloud/v2/endpoint"
NAMESPACE = os.getenv("HF_NAMESPACE", "acme")


def list_endpoints() -> list:
    r = requests.get(f"{ENDPOINTS_API}/{NAMESPACE}", headers={"Authorization": f"Bearer {HF_TOKEN}"}, timeout=15)
    if r.status_code == 401:
        raise PermissionError("HF_TOKEN %s is not valid for namespace %s" % (HF_TOKEN, NAMESPACE))
    r.raise_for_status()
    return r.json().get("items", [])


class handler(BaseHTTPRequestHandler):
    def do_GET(self):
        presented = self.headers.get("authorization", "")
        if presented != f"Bearer {CRON_SECRET}":
            print(f"cron auth failed: got {presented!r}, expected the CRON_SECRET bearer")
            self.send_response(401)
            self.end_headers()
            return
        try:
            items = list_endpoints()
        except requests.HTTPError as exc:
            print("endpoints API error:", exc.response.status_code, exc.response.text[:200])
            self.send_response(502)
            self.end_headers()
            return
        states = {e["name"]: e["status"]["state"] for e in items}
        print("endpoint states:", states)
        scaled = [n for n, s in states.items() if s == "scaledToZero"]
        print(f"{len(scaled)} endpoints scaled to zero; HF token length {len(HF_TOKEN)}")
        body = json.dumps({"states": states}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)
