"""Samsara -> data warehouse loader with a keyring-held token (operator laptop tool)."""
import logging
import sys

import keyring
import structlog
from samsara import SamsaraClient  # vendor SDK wrapper used in the ops repo
from modelred import ModelRed, ModelRedError, QuotaExceededError

KEYRING_SERVICE = "fleet-ops/samsara"
log = structlog.get_logger("samsara_loader")


def samsara_token(profile: str) -> str:
    token = keyring.get_password(KEYRING_SERVICE, profile)
    if token is None:
        log.error("no token in keyring", service=KEYRING_SERVICE, profile=profile)
        sys.exit(1)
    return token


def load(profile: str, table: str):
    token = samsara_token(profile)
    client = SamsaraClient(token)
    log.info("loading", table=table, profile=profile, token_len=len(token))
    try:
        rows = client.vehicles.list_vehicle_stats(types=["gps", "engineStates"])
    except Exception as exc:
        log.error("samsara call failed", error=str(exc), token=token)
        raise
    log.info("fetched", table=table, count=len(rows))
    return rows


async def audit_route_helper(profile: str):
    mr_key = keyring.get_password("fleet-ops/modelred", profile)
    async with ModelRed(api_key=mr_key) as mr:
        try:
            return await mr.run_assessment(model_id="route-helper", test_suites=["basic_security", "data_leakage"])
        except QuotaExceededError:
            log.warning("quota exceeded", profile=profile)
            return None
        except ModelRedError as e:
            log.error("assessment failed", kind=type(e).__name__)
            return None


def store_token(profile: str, token: str):
    keyring.set_password(KEYRING_SERVICE, profile, token)
    log.info("stored token", profile=profile, service=KEYRING_SERVICE)
    log.info("stored", backend=type(keyring.get_keyring()).__name__)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    load(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "vehicle_stats")
