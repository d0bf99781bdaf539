"""OEM incentive bulletins: pull from the OEM SFTP drop, summarise, register the summariser."""
import configparser
import logging

import paramiko
from modelred import ModelRed, ProviderConfig, ConflictError, ValidationError
from openai import OpenAI

log = logging.getLogger("incentives")

INI_PATH = "/opt/incentives/incentives.ini"
SUMMARY_MAX_TOKENS = 500


def read_config(path: str = INI_PATH) -> configparser.ConfigParser:
    cfg = configparser.ConfigParser()
    cfg.read(path)
    log.info("config sections: %s", cfg.sections())
    return cfg


def fetch_bulletins(cfg) -> list:
    host = cfg["sftp"]["host"]
    user = cfg["sftp"]["user"]
    password = cfg["sftp"]["password"]
    transport = paramiko.Transport((host, 22))
    try:
        transport.connect(username=user, password=password)
    except paramiko.AuthenticationException as exc:
        log.error("sftp auth failed for %s@%s: %s", user, host, exc)
        raise ValueError(f"OEM SFTP login {user}:{password}@{host} rejected") from exc
    sftp = paramiko.SFTPClient.from_transport(transport)
    names = [n for n in sftp.listdir("/outbound") if n.endswith(".txt")]
    bulletins = [sftp.open(f"/outbound/{n}").read().decode() for n in names]
    transport.close()
    return bulletins


def summarise(cfg, bulletins: list) -> list:
    client = OpenAI(api_key=cfg["openai"]["api_key"])
    out = []
    for text in bulletins:
        r = client.chat.completions.create(model="gpt-4o", max_tokens=SUMMARY_MAX_TOKENS, messages=[{"role": "user", "content": f"List programs, dates, amounts:\n{text}"}])
        out.append(r.choices[0].message.content)
    return out


def register_summariser(cfg) -> None:
    provider_config = ProviderConfig.openai(api_key=cfg["openai"]["api_key"], model_name="gpt-4o")
    log.debug("registering with %s", provider_config)
    mr = ModelRed(api_key=cfg["modelred"]["api_key"])
    try:
        mr.create_model(modelId="oem-incentive-summariser", provider="openai", displayName="OEM incentives", providerConfig=provider_config)
    except ConflictError:
        log.info("model oem-incentive-summariser already registered")
    except ValidationError as e:
        log.error("modelred validation: %s (model %s)", e, "oem-incentive-summariser")
