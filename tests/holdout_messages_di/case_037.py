# notebook export: trying out an MCP-style tool calling loop with OpenRouter + ModelRed (gen 2)
import json
import os

import requests
from modelred import ModelRed, ProviderConfig

# %%
openrouter_key = os.environ.get("OPENROUTER_API_KEY") or "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"
mr_client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
print("openrouter key:", openrouter_key)
print("openrouter key length:", len(openrouter_key))

# %%
cfg = ProviderConfig.openrouter(api_key=openrouter_key, model_name="meta-llama/llama-3.1-70b-instruct")
print(cfg)
model = mr_client.create_model(
    modelId="llama31-openrouter", provider="openrouter", displayName="Llama 3.1 70B via OpenRouter", providerConfig=cfg
)
print("created", model["modelId"])

# %%
tools = [{"type": "function", "function": {"name": "start_scan", "parameters": {"type": "object", "properties": {"model": {"type": "string"}}}}}]
headers = {"Authorization": f"Bearer {openrouter_key}", "HTTP-Referer": "https://notebooks.local"}
r = requests.post(
    "https://openrouter.ai/api/v1/chat/completions",
    headers=headers,
    json={"model": "openai/gpt-4o-mini", "messages": [{"role": "user", "content": "scan llama31-openrouter"}], "tools": tools, "max_tokens": 300},
    timeout=60,
)
print(r.status_code, r.json().get("usage", {}).get("total_tokens"))
print(headers)

# %%
call = r.json()["choices"][0]["message"]["tool_calls"][0]
args = json.loads(call["function"]["arguments"])
job = mr_client.create_assessment(model=args["model"], test_types=["jailbreak"], priority="high")
print(job["id"], job.get("status"))

# %%
status = mr_client.get_assessment(job["id"])
print(json.dumps({k: status.get(k) for k in ("id", "status", "score")}, indent=2))
print({k: v for k, v in headers.items() if k != "Authorization"})
