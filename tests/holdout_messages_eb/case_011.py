# %% [markdown]
# Router experiments: OpenRouter and Together side by side (exported from Jupyter).

# %%
import os
import pprint
from pprint import pformat, pp

import requests

config = {
    "openrouter_api_key": os.environ["OPENROUTER_API_KEY"],
    "together_api_key": os.environ["TOGETHER_API_KEY"],
    "openrouter_base": "https://openrouter.ai/api/v1",
    "together_base": "https://api.together.xyz/v1",
    "max_tokens": 300,
}

# %%
pprint.pprint(config)
pprint.pprint({k: v for k, v in config.items() if not k.endswith("_api_key")})
pp(sorted(config))

# %%
headers = {
    "Authorization": f"Bearer {config['openrouter_api_key']}",
    "HTTP-Referer": "https://lab.example.org",
    "X-Title": "router-experiments",
}
printer = pprint.PrettyPrinter(indent=2, width=100)
printer.pprint(headers)
printer.pprint({"referer": headers["HTTP-Referer"], "title": headers["X-Title"]})

# %%
def ask(base: str, key: str, model: str, prompt: str) -> dict:
    r = requests.post(
        f"{base}/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json={"model": model, "max_tokens": config["max_tokens"], "messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    pp({"status": r.status_code, "body": r.text[:200]})
    return r.json()

# %%
a = ask(config["openrouter_base"], config["openrouter_api_key"], "meta-llama/llama-3.1-8b-instruct", "2+2?")
b = ask(config["together_base"], config["together_api_key"], "meta-llama/Llama-3-8b-chat-hf", "2+2?")
pp({"openrouter": a.get("usage"), "together": b.get("usage")})

# %%
print(pformat({"together_key_set": bool(config["together_api_key"]), "model": "Llama-3-8b"}))
