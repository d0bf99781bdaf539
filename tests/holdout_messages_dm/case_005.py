"""Vercel Python function: /api/chat proxying to OpenRouter."""
import json
import os
import sys
from http.server import BaseHTTPRequestHandler

import httpx

OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
OPENROUTER_KEY_ENV = "OPENROUTER_API_KEY"
DEFAULT_MODEL = "meta-llama/llama-3.1-8b-instruct"


def _key() -> str:
    return os.environ.get(OPENROUTER_KEY_ENV, "")


class handler(BaseHTTPRequestHandler):
    def _send(self, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        length = int(self.headers.get("content-length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        key = _key()
        if not key:
            print(f"{OPENROUTER_KEY_ENV} is not configured", file=sys.stderr)
            return self._send(500, {"error": "server misconfigured"})
        headers = {"Authorization": f"Bearer {key}", "HTTP-Referer": "https://acme.example", "X-Title": "acme-chat"}
        if os.environ.get("VERCEL_ENV") == "preview":
            print("preview deployment, upstream headers:", headers, file=sys.stderr)
        r = httpx.post(OPENROUTER_URL, headers=headers, json={
            "model": body.get("model", DEFAULT_MODEL),
            "messages": body.get("messages", []),
            "max_tokens": int(body.get("max_tokens", 512)),
        }, timeout=30)
        if r.status_code != 200:
            print(f"openrouter {r.status_code}: {r.text[:300]}", file=sys.stderr)
            return self._send(502, {"error": "upstream error", "status": r.status_code})
        data = r.json()
        usage = data.get("usage", {})
        print(f"tokens prompt={usage.get('prompt_tokens')} completion={usage.get('completion_tokens')}")
        return self._send(200, {"reply": data["choices"][0]["message"]["content"]})

    def do_GET(self):
        self._send(200, {"ok": True, "model": DEFAULT_MODEL, "key_hint": _key()[-4:]})
