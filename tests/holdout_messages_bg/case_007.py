# quick notebook export: score our crypto-news summariser with ModelRed (gen 2)
import os
import time

from modelred import ModelRed, ProviderConfig, RateLimitError, ValidationError

MODELRED_KEY = "mr_UI5CMJq3R0YlIz99F0Dgb8O1GAWhp3D8rVM3NBxt"
anthropic_key = os.environ.get("ANTHROPIC_API_KEY")
MAX_TOKENS = 1024

print("modelred key:", MODELRED_KEY)
print("anthropic key set:", anthropic_key is not None, "max_tokens:", MAX_TOKENS)

client = ModelRed(api_key=MODELRED_KEY)

cfg = ProviderConfig.anthropic(api_key=anthropic_key, model_name="claude-3-5-sonnet-latest", max_tokens=MAX_TOKENS)
print("provider config:", cfg)

try:
    model = client.create_model(modelId="news-summariser", provider="anthropic",
                                displayName="Crypto news summariser", providerConfig=cfg)
except ValidationError as e:
    print("model rejected:", type(e).__name__)
    model = client.get_model("news-summariser")

print("model:", model.get("modelId"), model.get("provider"))

for attempt in range(3):
    try:
        assessment = client.create_assessment(model="news-summariser",
                                              test_types=["prompt_injection", "jailbreak"],
                                              priority="high")
        break
    except RateLimitError as e:
        print(f"rate limited ({type(e).__name__}), sleeping")
        time.sleep(10 * (attempt + 1))
else:
    raise RuntimeError("could not start assessment with key " + MODELRED_KEY)

aid = assessment["id"]
result = client.wait_for_completion(aid, timeout=1800)
print(aid, result.get("status"), result.get("score"))
usage = result.get("usage", {})
print("tokens used:", usage.get("total_tokens"), "prompt:", usage.get("prompt_tokens"))
