"""Looker SDK settings read from AWS Secrets Manager instead of looker.ini (used by the narrator jobs)."""
import json
import logging
import os

import boto3
import looker_sdk
from looker_sdk.rtl import api_settings

logger = logging.getLogger("looker_settings")
SECRET_ID = os.environ.get("LOOKER_SECRET_ID", "analytics/looker/api3")


def get_secret(secret_name: str) -> dict:
    client = boto3.client("secretsmanager")
    response = client.get_secret_value(SecretId=secret_name)
    logger.info("read %s version %s", secret_name, response["VersionId"])
    return json.loads(response["SecretString"])


class SecretsManagerSettings(api_settings.ApiSettings):
    def __init__(self, *args, secret_id: str = SECRET_ID, **kwargs):
        self.secret_id = secret_id
        super().__init__(*args, **kwargs)

    def read_config(self) -> api_settings.SettingsConfig:
        config = super().read_config()
        secret = get_secret(self.secret_id)
        config["base_url"] = secret["base_url"]
        config["client_id"] = secret["client_id"]
        config["client_secret"] = secret["client_secret"]
        config["verify_ssl"] = "true"
        logger.info("looker base_url=%s client_id=%s", config["base_url"], config["client_id"])
        logger.debug("looker settings config: %s", config)
        return config


def sdk():
    return looker_sdk.init40(config_settings=SecretsManagerSettings())


def run_dashboard_tiles(dashboard_id: str) -> dict:
    s = sdk()
    dash = s.dashboard(dashboard_id)
    out = {}
    for el in dash.dashboard_elements or []:
        if el.query_id:
            out[el.title or el.id] = s.run_query(query_id=el.query_id, result_format="json")
    logger.info("dashboard %s: %d tiles", dashboard_id, len(out))
    return out


def check_secret_shape() -> None:
    secret = get_secret(SECRET_ID)
    missing = [k for k in ("base_url", "client_id", "client_secret") if not secret.get(k)]
    if missing:
        raise KeyError(f"{SECRET_ID} lacks {missing}")
    if len(secret["client_secret"]) < 20:
        raise ValueError(f"client_secret for {secret['client_id']} looks truncated: {secret['client_secret']}")
