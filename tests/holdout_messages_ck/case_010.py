#!/usr/bin/env python3
"""One-off: register our resume-screening models with ModelRed (gen 2) and print the ids."""
# Usage: python register_screeners.py [--dry-run]
# Needs MODELRED_API_KEY, OPENROUTER_API_KEY and AZURE_OPENAI_API_KEY in the environment.
import os
import sys

from modelred import ModelRed, ProviderConfig, ConflictError, ModelRedError

MR_KEY = os.environ.get("MODELRED_API_KEY")
OPENROUTER_KEY = os.environ.get("OPENROUTER_API_KEY")
AZURE_KEY = os.environ.get("AZURE_OPENAI_API_KEY")
AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://hr-screen.openai.azure.com")

print("ModelRed key present:", MR_KEY is not None)
print("Azure endpoint:", AZURE_ENDPOINT)

client = ModelRed(api_key=MR_KEY)

targets = [
    ("resume-screener-or", "openrouter", ProviderConfig.openrouter(api_key=OPENROUTER_KEY, model_name="meta-llama/llama-3.1-70b-instruct")),
    ("resume-screener-az", "azure", ProviderConfig.azure(api_key=AZURE_KEY, endpoint=AZURE_ENDPOINT, deployment_name="gpt4o-screen")),
]

for model_id, provider, cfg in targets:
    if "--dry-run" in sys.argv:
        print(f"would register {model_id} with config {cfg}")
        continue
    try:
        created = client.create_model(modelId=model_id, provider=provider, displayName=model_id, providerConfig=cfg)
        print("registered", created.get("id"), "for", provider)
    except ConflictError:
        print(f"{model_id} already exists")
    except ModelRedError as exc:
        print(f"failed on {model_id}: {type(exc).__name__}", file=sys.stderr)
        sys.exit(2)

if OPENROUTER_KEY and not OPENROUTER_KEY.startswith("sk-or-v1-"):
    raise ValueError(f"OPENROUTER_API_KEY has an unexpected format: {OPENROUTER_KEY}")

print("done; openrouter key var is OPENROUTER_API_KEY")
