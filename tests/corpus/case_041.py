"""Register the Azure OpenAI deployments with ModelRed (SDK 0.1.2x)."""
import asyncio
import os

import requests

from modelred import ConflictError, ModelRed

AZURE_OPENAI_API_KEY = "0c36ec425c405a23f7b059d935bc82ee"
AZURE_ENDPOINT = "https://contoso-openai.openai.azure.com"
API_VERSION = "2024-06-01"
DEPLOYMENTS = ["gpt-4o", "gpt-4o-mini"]


def deployment_exists(name: str) -> bool:
    r = requests.get(
        f"{AZURE_ENDPOINT}/openai/deployments/{name}?api-version={API_VERSION}",
        headers={"api-key": AZURE_OPENAI_API_KEY},
        timeout=10,
    )
    return r.status_code == 200


async def register():
    async with ModelRed() as client:
        for name in DEPLOYMENTS:
            if not deployment_exists(name):
                print(f"skipping {name}: no such deployment")
                continue
            try:
                await client.register_azure_model(
                    model_id=f"azure-{name}",
                    api_key="babdff4683e07433c7a6c0a36346776d",
                    endpoint=AZURE_ENDPOINT,
                    deployment_name=name,
                    api_version=API_VERSION,
                )
            except ConflictError:
                print(f"azure-{name} already registered")
        print(await client.get_test_suites())


if __name__ == "__main__":
    if os.environ.get("DRY_RUN"):
        print([d for d in DEPLOYMENTS if deployment_exists(d)])
    else:
        asyncio.run(register())
