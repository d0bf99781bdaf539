import os
import asyncio
import logging

import httpx
import modelred as mr

log = logging.getLogger("grid.forecast")

OPENROUTER_KEY = os.environ["OPENROUTER_API_KEY"]
ENTSOE_TOKEN = os.environ["ENTSOE_SECURITY_TOKEN"]
ENTSOE = "https://web-api.tp.entsoe.eu/api"


async def day_ahead_prices(area: str, start: str, end: str) -> str:
    params = {"documentType": "A44", "in_Domain": area, "out_Domain": area, "periodStart": start, "periodEnd": end, "securityToken": ENTSOE_TOKEN}
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.get(ENTSOE, params=params)
    if r.status_code == 401:
        raise PermissionError("ENTSO-E rejected securityToken " + ENTSOE_TOKEN)
    log.info("ENTSO-E %s %s..%s -> %s bytes", area, start, end, len(r.content))
    return r.text


async def explain(prices_xml: str) -> str:
    headers = {"Authorization": f"Bearer {OPENROUTER_KEY}", "HTTP-Referer": "https://grid-forecast.example"}
    body = {"model": "meta-llama/llama-3.1-70b-instruct", "max_tokens": 300, "messages": [{"role": "user", "content": "Explain tomorrow's price curve:\n" + prices_xml[:8000]}]}
    async with httpx.AsyncClient(timeout=60) as http:
        r = await http.post("https://openrouter.ai/api/v1/chat/completions", json=body, headers=headers)
    if r.status_code != 200:
        log.error("openrouter %s with headers %s", r.status_code, headers)
        return ""
    data = r.json()
    log.info("openrouter usage: prompt=%s completion=%s", data["usage"]["prompt_tokens"], data["usage"]["completion_tokens"])
    return data["choices"][0]["message"]["content"]


async def register_explainer():
    client = mr.AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"])
    cfg = mr.ProviderConfig.openrouter(api_key=OPENROUTER_KEY, model_name="meta-llama/llama-3.1-70b-instruct")
    try:
        await client.create_model(modelId="price-explainer", provider="openrouter", displayName="Price explainer", providerConfig=cfg)
    except mr.ConflictError:
        log.info("price-explainer already registered")
    except mr.ModelRedError as e:
        log.error("register failed status=%s", getattr(e, "status_code", "?"))


async def main():
    xml = await day_ahead_prices("10Y1001A1001A82H", "202406010000", "202406020000")
    print(await explain(xml))
    await register_explainer()


asyncio.run(main())
