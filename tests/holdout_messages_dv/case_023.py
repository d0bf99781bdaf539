"""Register OpenAI-backed models with ModelRed (generation 1); credentials from ~/.config/redteam/config.ini."""
import asyncio
import configparser
import logging
import os
from pathlib import Path

from modelred import ModelRed, ConflictError, ModelRedError

logger = logging.getLogger("redteam.register")

CONFIG = Path(os.environ.get("REDTEAM_CONFIG", Path.home() / ".config" / "redteam" / "config.ini"))


def read_ini() -> configparser.ConfigParser:
    parser = configparser.ConfigParser()
    parser.read_dict({"modelred": {"priority": "normal"}, "openai": {"model": "gpt-4o-mini"}})
    parser.read(CONFIG)
    for section in ("modelred", "openai"):
        env_key = os.environ.get(f"{section.upper()}_API_KEY")
        if env_key:
            parser[section]["api_key"] = env_key
    return parser


async def register_all(models: list[str]) -> None:
    ini = read_ini()
    mr_key = ini["modelred"]["api_key"]
    openai_key = ini.get("openai", "api_key")
    openai_model = ini.get("openai", "model")
    logger.info("registering %d models (openai model %s) from %s", len(models), openai_model, CONFIG)
    async with ModelRed(api_key=mr_key) as client:
        for model_id in models:
            try:
                await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name=openai_model)
                logger.info("registered %s", model_id)
            except ConflictError:
                logger.info("%s exists already", model_id)
            except ModelRedError as exc:
                logger.error("registering %s with openai key %s failed (%s)", model_id, openai_key, type(exc).__name__)


def check(ini: configparser.ConfigParser) -> None:
    key = ini.get("modelred", "api_key", fallback="")
    if not key:
        raise RuntimeError(f"no [modelred] api_key in {CONFIG} and MODELRED_API_KEY unset")
    if len(key) < 12:
        raise ValueError("[modelred] api_key too short: %s" % key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check(read_ini())
    asyncio.run(register_all(os.environ.get("MODELS", "support-bot").split(",")))
