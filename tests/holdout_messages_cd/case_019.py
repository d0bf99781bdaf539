"""Gen 1 ModelRed: register the Azure-hosted earnings-call summariser and show its status."""
import asyncio
import configparser
import logging
import sys

from modelred import ModelRed, ModelRedError, ModelNotFoundError, AuthenticationError

logger = logging.getLogger("earnings")

cfg = configparser.ConfigParser()
cfg.read("trading.ini")
azure = cfg["azure"]
mr_section = cfg["modelred"]


async def register():
    async with ModelRed(api_key=mr_section["api_key"]) as client:
        await client.register_azure_model(
            model_id="earnings-summariser",
            api_key=azure["api_key"],
            endpoint=azure["endpoint"],
            deployment_name=azure["deployment"],
            api_version=azure.get("api_version", "2024-02-01"),
        )
        logger.info("registered against %s deployment %s", azure["endpoint"], azure["deployment"])


async def status():
    async with ModelRed(api_key=mr_section["api_key"]) as client:
        try:
            return await client.get_model("earnings-summariser")
        except ModelNotFoundError:
            return None


def main():
    logger.info("azure section has %s", list(azure.keys()))
    logger.debug("azure section: %s", dict(azure))
    try:
        asyncio.run(register())
    except AuthenticationError:
        logger.error("check [modelred] api_key in trading.ini")
        sys.exit(1)
    except ModelRedError as e:
        logger.error("registration error: %s", e)
    info = asyncio.run(status())
    print("model status:", info and info.get("status"))
    if "--show-config" in sys.argv:
        print("modelred key:", mr_section["api_key"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
