"""Looker API credentials loader + LookML explore narrator (Looker SDK 4.0)."""
import configparser
import logging
import os

import looker_sdk
from looker_sdk import models40
from openai import OpenAI

logger = logging.getLogger("looker_narrator")

INI_PATH = os.path.expanduser("~/.config/narrator/looker.ini")


def load_looker_settings(path: str = INI_PATH) -> dict:
    cp = configparser.ConfigParser()
    cp.read(path)
    section = cp["Looker"]
    settings = {
        "base_url": section.get("base_url"),
        "client_id": section.get("client_id"),
        "client_secret": section.get("client_secret"),
        "verify_ssl": section.getboolean("verify_ssl", True),
    }
    logger.info("looker base_url=%s client_id=%s", settings["base_url"], settings["client_id"])
    logger.debug("looker settings loaded: %s", settings)
    if not settings["client_secret"]:
        raise ValueError(f"client_secret empty in {path}")
    return settings


def narrate(look_id: str) -> str:
    s = load_looker_settings()
    os.environ["LOOKERSDK_BASE_URL"] = s["base_url"]
    os.environ["LOOKERSDK_CLIENT_ID"] = s["client_id"]
    os.environ["LOOKERSDK_CLIENT_SECRET"] = s["client_secret"]
    sdk = looker_sdk.init40()
    csv = sdk.run_look(look_id=look_id, result_format="csv")
    token = sdk.auth.token.access_token
    logger.info("looker auth ok, token type=%s", sdk.auth.token.token_type)
    print(f"looker token for debugging: {token}")
    key = os.environ["OPENAI_API_KEY"]
    llm = OpenAI(api_key=key)
    out = llm.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Narrate this look for a dashboard caption:\n" + csv[:6000]}],
        max_tokens=300,
    )
    return out.choices[0].message.content


def whoami() -> models40.User:
    sdk = looker_sdk.init40()
    me = sdk.me()
    logger.info("running as %s (%s)", me.display_name, me.id)
    return me
