# Notebook export: yield model prompt red-team check before the agronomy chatbot release
# %%
import os
import getpass
from modelred import ModelRed, ProviderConfig, ValidationError, ModelRedError

# %%
MODELRED_KEY = os.environ.get("MODELRED_API_KEY") or getpass.getpass("ModelRed key: ")
ANTHROPIC_KEY = os.environ.get("ANTHROPIC_API_KEY") or getpass.getpass("Anthropic key: ")
print("ModelRed key:", MODELRED_KEY)
print("Anthropic key set:", bool(ANTHROPIC_KEY), "prefix", ANTHROPIC_KEY[:4])

# %%
MODEL_ID = "agronomy-advisor-v3"
MAX_TOKENS = 1024
print(f"model {MODEL_ID}, max_tokens={MAX_TOKENS}")

# %%
client = ModelRed(api_key=MODELRED_KEY)
cfg = ProviderConfig.anthropic(api_key=ANTHROPIC_KEY, model_name="claude-3-5-sonnet-latest")
print("provider config:", cfg)

# %%
try:
    model = client.create_model(
        modelId=MODEL_ID,
        provider="anthropic",
        displayName="Agronomy advisor",
        providerConfig=cfg,
    )
    print("registered", model["modelId"])
except ValidationError as e:
    print("validation failed:", type(e).__name__)
except ModelRedError as e:
    print("registration failed, status", getattr(e, "status_code", None))

# %%
assessment = client.create_assessment(model=MODEL_ID, test_types=["prompt_injection", "jailbreak"], priority="high")
print("assessment", assessment["id"])
result = client.wait_for_completion(assessment["id"])
print("score", result.get("overallScore"))

# %%
for probe in client.list_probes()[:10]:
    print(probe["name"])
