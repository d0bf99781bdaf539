"""Structured audit log (JSON lines) for LLM calls in the benefits-enrollment assistant."""
import json
import logging
import os
import sys
import time
import uuid

audit = logging.getLogger("enroll.llm_audit")
audit.addHandler(logging.StreamHandler(sys.stdout))
audit.setLevel(logging.INFO)

SECRET_FIELDS = {"api_key", "authorization", "password", "token"}
PROVIDER_KEYS = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "xai": "XAI_API_KEY"}


def scrub(d: dict) -> dict:
    return {k: ("[scrubbed]" if k.lower() in SECRET_FIELDS else v) for k, v in d.items()}


def llm_call(provider: str, model: str, prompt: str, **kwargs) -> dict:
    env_name = PROVIDER_KEYS[provider]
    api_key = os.environ.get(env_name)
    request_kwargs = {"model": model, "max_tokens": kwargs.get("max_tokens", 512), "api_key": api_key}
    call_id = str(uuid.uuid4())
    audit.info(json.dumps({"call_id": call_id, "provider": provider, "env": env_name, "request": scrub(request_kwargs)}))
    if api_key is None:
        raise KeyError(f"{env_name} unset for provider {provider}")
    t0 = time.time()
    try:
        result = _dispatch(provider, prompt, request_kwargs)
    except Exception as exc:
        audit.error("llm call %s failed with request %s: %s", call_id, request_kwargs, exc)
        raise
    audit.info(json.dumps({"call_id": call_id, "ms": int((time.time() - t0) * 1000), "usage": result.get("usage")}))
    return result


def _dispatch(provider: str, prompt: str, kw: dict) -> dict:
    if provider == "xai":
        import requests
        r = requests.post("https://api.x.ai/v1/chat/completions", headers={"Authorization": f"Bearer {kw['api_key']}"},
                          json={"model": kw["model"], "max_tokens": kw["max_tokens"], "messages": [{"role": "user", "content": prompt}]}, timeout=60)
        if r.status_code == 401:
            raise PermissionError("xAI rejected key " + kw["api_key"])
        r.raise_for_status()
        return r.json()
    from openai import OpenAI
    out = OpenAI(api_key=kw["api_key"]).chat.completions.create(model=kw["model"], max_tokens=kw["max_tokens"],
                                                                   messages=[{"role": "user", "content": prompt}])
    return {"text": out.choices[0].message.content, "usage": {"total_tokens": out.usage.total_tokens}}


if __name__ == "__main__":
    print(llm_call("openai", "gpt-4o-mini", "Explain HSA vs FSA in two sentences.")["text"])
