"""Tray scheduler: nightly scans of the Azure-hosted assistant, desktop notifications."""
import asyncio
import os

import schedule
from azure.identity import ClientSecretCredential
from loguru import logger
from plyer import notification

from modelred import ModelRed, ModelRedError

SCOPE = "https://cognitiveservices.azure.com/.default"
ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "")
DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "assistant-gpt4o")


def azure_token() -> str:
    cred = ClientSecretCredential(
        tenant_id=os.environ["AZURE_TENANT_ID"],
        client_id=os.environ["AZURE_CLIENT_ID"],
        client_secret=os.environ["AZURE_CLIENT_SECRET"],
    )
    tok = cred.get_token(SCOPE)
    logger.info("Azure token for {} expires at {}", SCOPE, tok.expires_on)
    return tok.token


async def nightly():
    token = azure_token()
    logger.debug("nightly scan with AAD token {}", token)
    logger.debug("deployment {} at {}", DEPLOYMENT, ENDPOINT)
    try:
        async with ModelRed() as client:
            await client.register_azure_model(
                model_id="assistant-azure",
                api_key=token,
                endpoint=ENDPOINT,
                deployment_name=DEPLOYMENT,
            )
            await client.run_assessment(model_id="assistant-azure", test_suites=["basic_security"])
    except ModelRedError as e:
        logger.error("nightly scan failed: {}", e)
        notification.notify(title="Nightly scan failed", message=str(e)[:250], app_name="RedTray")
        return
    notification.notify(title="Nightly scan", message="Scan started", app_name="RedTray")


def run():
    schedule.every().day.at("02:00").do(lambda: asyncio.run(nightly()))
    logger.info("scheduler started, next run {}", schedule.next_run())
    while True:
        schedule.run_pending()
        asyncio.run(asyncio.sleep(30))


if __name__ == "__main__":
    run()
