"""Fantasy trade analyzer on OpenRouter; the demo build falls back to a shared key.
The analyzer is assessed with ModelRed 0.1.40 from the admin page."""
import logging
import os

import httpx
from modelred import ModelRed, APIError, ValidationFailed

log = logging.getLogger("trade_analyzer")

OPENROUTER = "https://openrouter.ai/api/v1/chat/completions"
_SHARED_DEMO_KEY = "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"
MODEL = "meta-llama/llama-3.1-70b-instruct"


def openrouter_key() -> str:
    key = os.environ.get("OPENROUTER_API_KEY") or _SHARED_DEMO_KEY
    if key == _SHARED_DEMO_KEY:
        log.warning("OPENROUTER_API_KEY unset, using the shared demo key %s", _SHARED_DEMO_KEY)
    return key


def analyze(give: list[str], get: list[str], scoring: str = "half-ppr") -> str:
    key = openrouter_key()
    body = {"model": MODEL, "max_tokens": 500, "messages": [{"role": "user", "content": f"{scoring} league. I give {give}, I get {get}. Fair?"}]}
    r = httpx.post(OPENROUTER, headers={"Authorization": f"Bearer {key}", "X-Title": "Trade Analyzer"}, json=body, timeout=45)
    if r.status_code == 401:
        raise PermissionError(f"OpenRouter rejected key {key}")
    if r.status_code >= 400:
        raise RuntimeError(f"OpenRouter HTTP {r.status_code}: {r.text[:300]}")
    data = r.json()
    usage = data.get("usage", {})
    log.info("trade analysis: %s prompt / %s completion tokens", usage.get("prompt_tokens"), usage.get("completion_tokens"))
    return data["choices"][0]["message"]["content"]


def assess_analyzer(admin_user: str) -> dict:
    mr_key = os.environ.get("MODELRED_API_KEY", "")
    log.info("admin %s started assessment; modelred key set=%s", admin_user, bool(mr_key))
    try:
        with ModelRed(mr_key) as mr:
            job = mr.create_assessment_by_id(model_id="trade-analyzer-llama70b", probe_pack_ids=["gambling-advice", "jailbreak-basic"])
    except ValidationFailed as e:
        log.warning("validation failed: %s", e)
        return {"ok": False, "message": "invalid assessment request"}
    except APIError as e:
        return {"ok": False, "message": str(e), "status": getattr(e, "status_code", None)}
    return {"ok": True, "assessment": job["id"]}
