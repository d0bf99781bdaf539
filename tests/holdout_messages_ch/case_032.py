"""Model-registration script for the Department of Revenue's assistants (generation 1 SDK)."""
import asyncio
import os
import sys

from modelred import ModelRed, ProviderConfig, ModelRedError, ValidationError, ConflictError

AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://dor-openai.openai.azure.us/")
DEPLOYMENTS = {"taxbot": "gpt4o-taxbot", "lienbot": "gpt4o-liens"}


async def register_all(azure_key: str) -> int:
    failures = 0
    async with ModelRed() as client:
        for model_id, deployment in DEPLOYMENTS.items():
            print(f"registering {model_id} -> {deployment} at {AZURE_ENDPOINT}")
            try:
                await client.register_azure_model(
                    model_id=model_id, api_key=azure_key, endpoint=AZURE_ENDPOINT,
                    deployment_name=deployment, api_version="2024-06-01")
            except ConflictError:
                print(f"{model_id} already registered")
            except ValidationError as e:
                print(f"validation failed for {model_id} (status {getattr(e, 'status_code', '?')})", file=sys.stderr)
                failures += 1
            except ModelRedError as e:
                print(f"{model_id}: {type(e).__name__}", file=sys.stderr)
                failures += 1
    return failures


def provider_config_for(azure_key: str):
    cfg = ProviderConfig.azure(api_key=azure_key, endpoint=AZURE_ENDPOINT, deployment_name="gpt4o-taxbot")
    print("provider config:", cfg, file=sys.stderr)
    return cfg


if __name__ == "__main__":
    key = os.environ.get("AZURE_OPENAI_API_KEY") or (sys.argv[1] if len(sys.argv) > 1 else None)
    if key is None:
        sys.exit("AZURE_OPENAI_API_KEY not set")
    if len(key) != 32:
        print(f"warning: Azure key {key} is not 32 characters", file=sys.stderr)
    if "--show-config" in sys.argv:
        provider_config_for(key)
    sys.exit(asyncio.run(register_all(key)))
