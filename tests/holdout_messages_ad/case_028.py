"""Sidecar for a desktop shell: JSON-RPC on stdin/stdout, diagnostics on stderr."""
import json
import sys

import httpx

PROTOCOL_VERSION = 2
_state = {"api_key": None, "base_url": "https://api.openai.com/v1", "max_tokens": 512}


def reply(msg_id, result=None, error=None):
    sys.stdout.write(json.dumps({"id": msg_id, "result": result, "error": error}) + "\n")
    sys.stdout.flush()


def diag(text: str) -> None:
    sys.stderr.write(f"[sidecar] {text}\n")
    sys.stderr.flush()


def handle_configure(params: dict):
    diag(f"configure: {params}")
    _state["api_key"] = params.get("apiKey")
    _state["base_url"] = params.get("baseUrl", _state["base_url"])
    _state["max_tokens"] = int(params.get("maxTokens", _state["max_tokens"]))
    diag(f"base_url={_state['base_url']} max_tokens={_state['max_tokens']}")
    return {"ok": True, "protocol": PROTOCOL_VERSION}


def handle_complete(params: dict):
    key = _state["api_key"]
    if not key:
        raise ValueError(f"not configured (api_key={key!r})")
    r = httpx.post(f"{_state['base_url']}/chat/completions", headers={"Authorization": f"Bearer {key}"},
                   json={"model": params["model"], "messages": params["messages"], "max_tokens": _state["max_tokens"]}, timeout=60)
    if r.status_code >= 400:
        raise RuntimeError(f"upstream {r.status_code}: {r.text[:200]}")
    return r.json()["choices"][0]["message"]


HANDLERS = {"configure": handle_configure, "complete": handle_complete}


def main():
    diag(f"ready (protocol {PROTOCOL_VERSION})")
    for line in sys.stdin:
        msg = json.loads(line)
        handler = HANDLERS.get(msg.get("method"))
        if handler is None:
            reply(msg.get("id"), error={"message": "unknown method"})
            continue
        try:
            reply(msg.get("id"), result=handler(msg.get("params") or {}))
        except Exception as exc:
            print(f"[sidecar] {msg.get('method')} failed: {type(exc).__name__}", file=sys.stderr)
            reply(msg.get("id"), error={"message": str(exc)})


if __name__ == "__main__":
    main()
