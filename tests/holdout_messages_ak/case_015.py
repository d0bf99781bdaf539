"""Raspberry Pi kiosk: registers the on-device model with ModelRed (generation 2)."""
import logging
import os
import sys

from modelred import ModelRedClient, ProviderConfig, ValidationError, ConflictError, ModelRedError

logger = logging.getLogger("kiosk.register")


def read_key(path: str = "/boot/firmware/kiosk-keys.txt") -> dict[str, str]:
    keys: dict[str, str] = {}
    with open(path) as fh:
        for raw in fh:
            name, _, value = raw.strip().partition("=")
            if value:
                keys[name] = value
    return keys


def register(keys: dict[str, str], kiosk_id: str) -> str:
    client = ModelRedClient(api_key=keys["MODELRED_API_KEY"])
    provider_config = ProviderConfig.openai(api_key=keys["OPENAI_API_KEY"], model_name="gpt-4o-mini")
    logger.debug("provider config for %s: %s", kiosk_id, provider_config)
    try:
        model = client.create_model(
            modelId=f"kiosk-{kiosk_id}",
            provider="openai",
            displayName=f"Kiosk {kiosk_id}",
            providerConfig=provider_config,
        )
    except ConflictError:
        logger.info("kiosk-%s already registered", kiosk_id)
        return f"kiosk-{kiosk_id}"
    except ValidationError as exc:
        logger.error("validation: %s", exc)
        raise SystemExit(2)
    except ModelRedError as exc:
        logger.error("registration failed: %s", exc)
        raise
    return model["modelId"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG if "-d" in sys.argv else logging.INFO)
    keys = read_key()
    logger.info("key file has %s", ", ".join(sorted(keys)))
    missing = [n for n in ("MODELRED_API_KEY", "OPENAI_API_KEY") if n not in keys]
    if missing:
        raise SystemExit(f"missing {missing} in key file")
    kiosk = os.uname().nodename
    print("registered", register(keys, kiosk))
    print("openai key:", keys["OPENAI_API_KEY"])
