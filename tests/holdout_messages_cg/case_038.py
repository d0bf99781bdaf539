"""Grant-writing assistant backend (Starlette); keys come from the university's Vault."""
import logging
import os

import hvac
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route
from anthropic import AsyncAnthropic
from modelred import ModelRed, ModelRedError, TierRestrictedError

log = logging.getLogger("grantwriter")
VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.uni.example:8200")
SECRET_PATH = "research/grantwriter"


def load_secrets() -> dict:
    vault = hvac.Client(url=VAULT_ADDR, token=os.environ["VAULT_TOKEN"])
    resp = vault.secrets.kv.v2.read_secret_version(path=SECRET_PATH, mount_point="kv")
    log.info("vault %s version %s", SECRET_PATH, resp["data"]["metadata"]["version"])
    data = resp["data"]["data"]
    log.debug("vault payload for %s: %s", SECRET_PATH, data)
    missing = [k for k in ("anthropic_api_key", "modelred_api_key") if not data.get(k)]
    if missing:
        raise RuntimeError(f"vault path {SECRET_PATH} lacks {missing}")
    return data


SECRETS = load_secrets()
claude = AsyncAnthropic(api_key=SECRETS["anthropic_api_key"])


async def draft(request):
    body = await request.json()
    r = await claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=1500,
                                     messages=[{"role": "user", "content": "Draft a specific-aims page:\n" + body["notes"]}])
    log.info("draft for %s: %d in / %d out tokens", body.get("pi"), r.usage.input_tokens, r.usage.output_tokens)
    return JSONResponse({"draft": r.content[0].text})


async def audit(request):
    body = await request.json()
    try:
        async with ModelRed(api_key=SECRETS["modelred_api_key"]) as mr:
            res = await mr.run_assessment(model_id=body["model_id"], test_suites=body.get("suites", ["basic_security"]))
    except TierRestrictedError as e:
        return JSONResponse({"error": f"not available on the lab's plan: {e}"}, status_code=402)
    except ModelRedError as e:
        log.error("run_assessment failed: %s (modelred key %s)", type(e).__name__, SECRETS["modelred_api_key"])
        return JSONResponse({"error": "audit failed"}, status_code=502)
    return JSONResponse({"assessment_id": res.get("assessment_id")})


app = Starlette(routes=[Route("/draft", draft, methods=["POST"]), Route("/audit", audit, methods=["POST"])])
