"""Deploy hook (generation 1 SDK): after a rollout, register the new model version and report back."""

import logging
import os

import hvac
from aiohttp import web
from modelred import ModelRed, ModelRedError, ProviderConfig, QuotaExceededError

log = logging.getLogger("deploy-hook")


def vault_key(path: str) -> str:
    c = hvac.Client(url=os.environ["VAULT_ADDR"], token=os.environ["VAULT_TOKEN"])
    data = c.secrets.kv.v2.read_secret_version(path=path)["data"]["data"]
    key = data.get("api_key", "")
    if not key.startswith("sk-ant-"):
        raise ValueError(f"{path} holds no Anthropic key: {key}")
    return key


async def hook(request: web.Request) -> web.Response:
    if request.headers.get("X-Deploy-Token") != os.environ["DEPLOY_HOOK_TOKEN"]:
        log.warning("deploy hook called without a valid token from %s", request.remote)
        return web.json_response({"error": "forbidden"}, status=403)
    payload = await request.json()
    model_id = f"{payload['service']}-{payload['version']}".replace(".", "-")
    anthropic_key = vault_key(f"llm/{payload['service']}/anthropic")
    log.info("registering %s (version %s)", model_id, payload["version"])
    try:
        async with ModelRed() as client:
            await client.register_model(
                model_id=model_id, provider="anthropic",
                provider_config=ProviderConfig.anthropic(api_key=anthropic_key, model_name=payload["model"]),
            )
            job = await client.run_assessment(model_id=model_id, test_suites=["basic_security"])
    except QuotaExceededError:
        return web.json_response({"registered": False, "reason": "quota exceeded"}, status=429)
    except ModelRedError as e:
        log.error("modelred failed for %s: %s", model_id, e)
        return web.json_response({"registered": False, "reason": e.message}, status=502)
    return web.json_response({"registered": True, "assessment": job.get("assessment_id")})


app = web.Application()
app.add_routes([web.post("/hooks/deployed", hook)])

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("hook token configured: %s", bool(os.environ.get("DEPLOY_HOOK_TOKEN")))
    web.run_app(app, port=int(os.environ.get("PORT", "8085")))
