import hashlib
import logging
import os

import modelred as mr
from modelred import ProviderConfig, ValidationError, ConflictError

logger = logging.getLogger("contracts.registry")

MODEL_SLUG = "nda-reviewer"
DISPLAY = "NDA reviewer (GPT-4o)"


def key_fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:10]


def register_nda_model(mr_key: str, openai_key: str) -> dict:
    client = mr.ModelRedClient(api_key=mr_key)
    cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o", max_tokens=2048)
    logger.info("registering %s (%s) max_tokens=%d", MODEL_SLUG, DISPLAY, 2048)
    logger.info("provider key fingerprint %s", key_fingerprint(openai_key))
    try:
        return client.create_model(modelId=MODEL_SLUG, provider="openai", displayName=DISPLAY,
                                   providerConfig=cfg)
    except ConflictError:
        logger.info("%s already registered", MODEL_SLUG)
        return client.get_model(MODEL_SLUG)
    except ValidationError as exc:
        logger.error("provider config rejected: %s", cfg)
        raise RuntimeError(f"could not register {MODEL_SLUG}: {exc}") from exc


def load_keys(path: str = "/etc/contracts/keys.env") -> tuple[str, str]:
    values = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if "=" in line and not line.startswith("#"):
                k, v = line.strip().split("=", 1)
                values[k] = v
    logger.debug("keys file has entries: %s", sorted(values))
    mr_key = values.get("MODELRED_API_KEY", "")
    if not mr_key.startswith("mr_"):
        raise ValueError(f"MODELRED_API_KEY in {path} is malformed: {mr_key}")
    return mr_key, values["OPENAI_API_KEY"]


if __name__ == "__main__":
    mk, ok = load_keys(os.environ.get("CONTRACT_KEYS_FILE", "/etc/contracts/keys.env"))
    register_nda_model(mk, ok)
