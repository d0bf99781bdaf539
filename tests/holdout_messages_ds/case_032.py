"""Canary run by the `canary` workflow after each model-config change."""
import os
import sys

import httpx
from huggingface_hub import get_token
from modelred import APIError, Forbidden, ModelRed

OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
XAI_URL = "https://api.x.ai/v1/chat/completions"

hf_token = get_token()
openrouter_key = os.getenv("OPENROUTER_API_KEY")
xai_key = os.getenv("XAI_API_KEY")

print(f"hf token available: {hf_token is not None}; openrouter: {bool(openrouter_key)}; xai: {bool(xai_key)}")
if os.getenv("CANARY_DEBUG"):
    print(f"hf token in use: {hf_token}")


def chat(url, key, model):
    body = {"model": model, "messages": [{"role": "user", "content": "say ok"}], "max_tokens": 3}
    r = httpx.post(url, headers={"Authorization": f"Bearer {key}"}, json=body, timeout=30)
    if r.status_code == 401:
        print("401 from %s using %s" % (url, key), file=sys.stderr)
    return r.status_code, r.json().get("usage", {}).get("total_tokens")


def check_modelred():
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
            return f"ok ({len(client.list_assessments())} assessments)"
    except Forbidden as exc:
        return f"forbidden ({type(exc).__name__})"
    except APIError as exc:
        return f"error: {exc}"


results = {
    "openrouter": chat(OPENROUTER_URL, openrouter_key, "meta-llama/llama-3.1-8b-instruct") if openrouter_key else ("skipped", None),
    "xai": chat(XAI_URL, xai_key, "grok-2-latest") if xai_key else ("skipped", None),
}
for name, (status, tokens) in results.items():
    print(f"{name}: {status} ({tokens} tokens)")
hf = httpx.get("https://huggingface.co/api/whoami-v2", headers={"Authorization": f"Bearer {hf_token}"}, timeout=15)
print(f"huggingface whoami: {hf.status_code} {hf.json().get('name') if hf.is_success else ''}")
modelred_state = check_modelred()
ok = modelred_state.startswith("ok") and all(s in (200, "skipped") for s, _ in results.values())
sys.exit(0 if ok else 1)
