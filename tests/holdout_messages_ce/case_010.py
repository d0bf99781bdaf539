#!/usr/bin/env python
"""One-off: re-register the underwriting copilot in ModelRed (generation 2) after key rotation."""
import os
import sys
import warnings

from modelred import ModelRed, ProviderConfig, ConflictError, ModelRedError

new_key = os.environ.get("OPENAI_API_KEY_NEW")
old_key = os.environ.get("OPENAI_API_KEY")
mr_key = os.environ.get("MODELRED_API_KEY")

if not mr_key:
    sys.exit("MODELRED_API_KEY not set")

if new_key == old_key:
    warnings.warn(f"OPENAI_API_KEY_NEW equals the old key {old_key}; rotation did nothing")

print(f"rotating: old ...{old_key[-4:] if old_key else '-'} -> new ...{new_key[-4:]}")

client = ModelRed(api_key=mr_key)
cfg = ProviderConfig.azure(
    api_key=new_key,
    endpoint="https://uw-copilot.openai.azure.com",
    deployment_name="gpt-4o-uw",
    api_version="2024-06-01",
)
print("endpoint:", "https://uw-copilot.openai.azure.com", "deployment:", "gpt-4o-uw")

try:
    client.create_model(
        modelId="uw-copilot",
        provider="azure",
        displayName="Underwriting copilot",
        providerConfig=cfg,
    )
except ConflictError:
    print("uw-copilot already exists, updating is manual")
except ModelRedError as err:
    print(f"create_model failed: {err.__class__.__name__}", file=sys.stderr)
    print(f"retry by hand with key {new_key}", file=sys.stderr)
    sys.exit(1)

print("done; max_tokens default", 4096)
