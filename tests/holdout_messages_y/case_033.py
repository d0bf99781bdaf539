"""FastAPI startup for the HR policy assistant: Azure OpenAI through Entra ID tokens."""
import logging
import os
import sys

from azure.identity import DefaultAzureCredential, get_bearer_token_provider
from fastapi import FastAPI
from openai import AzureOpenAI

log = logging.getLogger("hr.assistant")

AZURE_SCOPE = "https://cognitiveservices.azure.com/.default"
AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://hr-assistant.openai.azure.com")
DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-hr")

app = FastAPI()
credential = DefaultAzureCredential()
token_provider = get_bearer_token_provider(credential, AZURE_SCOPE)


@app.on_event("startup")
def warm_up() -> None:
    token = token_provider()
    log.debug("aad token %s", token)
    log.debug("aad scope %s endpoint %s deployment %s", AZURE_SCOPE, AZURE_ENDPOINT, DEPLOYMENT)
    access = credential.get_token(AZURE_SCOPE)
    print(f"token expires at {access.expires_on}", file=sys.stderr)
    if os.environ.get("HR_DEBUG_TOKENS"):
        print(f"access token: {access.token}", file=sys.stderr)
    app.state.client = AzureOpenAI(
        azure_endpoint=AZURE_ENDPOINT,
        azure_ad_token_provider=token_provider,
        api_version="2024-06-01",
    )


@app.post("/ask")
def ask(question: dict) -> dict:
    out = app.state.client.chat.completions.create(
        model=DEPLOYMENT,
        max_tokens=500,
        messages=[
            {"role": "system", "content": "Answer from the HR policy only."},
            {"role": "user", "content": question.get("text", "")},
        ],
    )
    log.info("answered with %s tokens", out.usage.total_tokens if out.usage else 0)
    return {"answer": out.choices[0].message.content}
