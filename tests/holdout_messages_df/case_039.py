"""Async multi-provider IOC enrichment step used by the in-house SOAR engine."""
import asyncio
import logging
import os

import aiohttp
import modelred

log = logging.getLogger("soar.enrich")

PROVIDERS = {
    "pulsedive": {"url": "https://pulsedive.com/api/info.php", "key_env": "PULSEDIVE_KEY", "param": "key"},
    "vt": {"url": "https://www.virustotal.com/api/v3/search", "key_env": "VT_API_KEY", "header": "x-apikey"},
}


def provider_settings():
    out = {}
    for name, spec in PROVIDERS.items():
        out[name] = dict(spec, key=os.environ.get(spec["key_env"], ""))
        log.debug("provider %s url=%s env=%s", name, spec["url"], spec["key_env"])
    return out


async def query(http, name, cfg, ioc):
    params, headers = {"indicator": ioc}, {}
    if "param" in cfg:
        params[cfg["param"]] = cfg["key"]
    else:
        headers[cfg["header"]] = cfg["key"]
    async with http.get(cfg["url"], params=params, headers=headers) as r:
        if r.status in (401, 403):
            log.error("%s refused request params=%s headers=%s", name, params, headers)
            return name, None
        return name, await r.json()


async def step_enrich(ctx):
    ioc = ctx["input"]["ioc"]
    settings = provider_settings()
    async with aiohttp.ClientSession() as http:
        results = dict(await asyncio.gather(*(query(http, n, c, ioc) for n, c in settings.items())))
    try:
        client = modelred.AsyncModelRedClient(api_key=ctx["secrets"]["modelred"])
        job = await client.create_assessment(model="soar-enricher", test_types=["data_leakage"])
    except modelred.RateLimitError as e:
        log.info("rate limited: %s", e)
        job = None
    except modelred.ModelRedError as e:
        return {"status": "error", "ioc": ioc, "results": results, "error": f"ModelRed: {e}"}
    return {"status": "ok", "ioc": ioc, "results": results, "assessment": job and job.get("id")}


if __name__ == "__main__":
    ctx = {"input": {"ioc": "evil.example"}, "secrets": {"modelred": os.environ["MODELRED_API_KEY"]}}
    print(asyncio.run(step_enrich(ctx)))
