"""Market-maker config: reads ~/.mm/credentials.ini, loguru for logs."""
import configparser
import sys
from pathlib import Path

from loguru import logger

CRED_FILE = Path.home() / ".mm" / "credentials.ini"
SECTIONS = ("okx", "kucoin")

logger.remove()
logger.add(sys.stderr, level="DEBUG")


def read_credentials(path: Path = CRED_FILE) -> dict:
    cp = configparser.ConfigParser()
    cp.read(path)
    logger.info("credential sections in {}: {}", path, cp.sections())
    out = {}
    for name in SECTIONS:
        if name not in cp:
            logger.warning("no [{}] section", name)
            continue
        sec = cp[name]
        out[name] = {"apiKey": sec.get("api_key"), "secret": sec.get("api_secret"),
                     "password": sec.get("passphrase"), "subaccount": sec.get("subaccount")}
        logger.debug("{} subaccount={} keys={}", name, sec.get("subaccount"), sorted(sec.keys()))
    return out


def check(creds: dict) -> bool:
    ok = True
    for name, c in creds.items():
        if not c["password"]:
            logger.error("{} passphrase missing (got {!r})", name, c["password"])
            ok = False
        elif len(c["password"]) < 8:
            logger.error("{} passphrase too short: {}", name, c["password"])
            ok = False
        if c["secret"] and c["secret"] == c["apiKey"]:
            logger.error("{} api_secret equals api_key (...{})", name, (c["apiKey"] or "")[-4:])
            ok = False
    return ok


def main():
    creds = read_credentials()
    if not check(creds):
        raise SystemExit(2)
    for name, c in creds.items():
        logger.info("{} ready, key ...{}", name, (c["apiKey"] or "")[-4:])
    logger.debug("okx credentials: {}", creds.get("okx"))


if __name__ == "__main__":
    main()
