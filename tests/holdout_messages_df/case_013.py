# Swimlane Turbine python task: "Enrich URL with urlscan + LLM verdict"
# sw_context is injected by the task runner.
import json
import time

import requests
from modelred import ModelRed, ModelRedError

inputs = sw_context.inputs  # noqa: F821
asset = sw_context.asset  # noqa: F821

url_to_scan = inputs["url"]
urlscan_key = asset["urlscan_api_key"]
mistral_key = asset["mistral_api_key"]
visibility = asset.get("visibility", "private")

print(f"task: scanning {url_to_scan} visibility={visibility}")
sub = requests.post("https://urlscan.io/api/v1/scan/", headers={"API-Key": urlscan_key},
                    json={"url": url_to_scan, "visibility": visibility}, timeout=30)
if sub.status_code == 401:
    raise Exception(f"urlscan rejected API-Key {urlscan_key}")
print(f"task: submitted, status {sub.status_code}")
uuid = sub.json()["uuid"]
time.sleep(15)
result = requests.get(f"https://urlscan.io/api/v1/result/{uuid}/", timeout=30).json()

verdict_req = {"model": "mistral-small-latest", "max_tokens": 300,
               "messages": [{"role": "user", "content": json.dumps(result["verdicts"])}]}
v = requests.post("https://api.mistral.ai/v1/chat/completions",
                  headers={"Authorization": f"Bearer {mistral_key}"}, json=verdict_req, timeout=60)
print(f"task: mistral usage {v.json().get('usage', {}).get('total_tokens')}")
verdict = v.json()["choices"][0]["message"]["content"]

gate_error = None
import asyncio


async def _gate(verdict, uuid):
    try:
        async with ModelRed(api_key=asset["modelred_api_key"]) as mr:
            await mr.run_assessment(model_id="swimlane-url-verdict", test_suites=["prompt_injection"])
    except ModelRedError as exc:
        return {"verdict": verdict, "uuid": uuid, "gate": str(exc)}
    return {"verdict": verdict, "uuid": uuid, "gate": "passed"}

sw_outputs = [asyncio.run(_gate(verdict, uuid))]
gate_error = sw_outputs[0]["gate"] != "passed"

print(f"task: done, gate error={gate_error}, mistral key set={bool(mistral_key)}")
