"""Load the [vector_db] and [llm] sections of an INI file and connect."""
import configparser
import logging
import os
from pprint import pprint

log = logging.getLogger("config")

DSN_TEMPLATE = "postgresql://{user}:{password}@{host}:{port}/{dbname}"


def load(path: str = "settings.ini") -> dict:
    parser = configparser.ConfigParser(interpolation=None)
    if not parser.read(path):
        raise FileNotFoundError(f"config file {path} not found")
    db = dict(parser["vector_db"])
    db["password"] = os.environ.get("VECTOR_DB_PASSWORD", db.get("password", ""))
    llm = dict(parser["llm"])
    llm["api_key"] = os.environ.get("COHERE_API_KEY", llm.get("api_key", ""))
    return {"db": db, "llm": llm}


def connect(cfg: dict):
    db = cfg["db"]
    log.info("connecting to {host}:{port}/{dbname}".format(**db))
    log.info("connecting as {user} with password {password}".format(**db))
    dsn = DSN_TEMPLATE.format(**db)
    log.debug("dsn built (%d chars)", len(dsn))
    return dsn


def show(cfg: dict, verbose: bool = False) -> None:
    print("sections:", list(cfg))
    print("llm model:", cfg["llm"].get("model", "command-r"), "max_tokens:", cfg["llm"].get("max_tokens"))
    if verbose:
        pprint(cfg["llm"])


def check(cfg: dict) -> None:
    key = cfg["llm"]["api_key"]
    if len(key) != 40:
        raise ValueError("COHERE_API_KEY should be 40 characters, got {} ({})".format(len(key), key))
    log.info("cohere key ok, %s...", key[:4])


if __name__ == "__main__":
    cfg = load()
    check(cfg)
    show(cfg, verbose=os.environ.get("VERBOSE") == "1")
    connect(cfg)
