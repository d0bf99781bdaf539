"""Register every model of the multi-provider study with ModelRed (generation-2 client)."""
import logging
import os

import modelred as mr
from modelred import ProviderConfig

log = logging.getLogger("register_study")

STUDY = [
    {"id": "study-gpt4o", "provider": "openai", "model": "gpt-4o"},
    {"id": "study-claude", "provider": "anthropic", "model": "claude-3-5-sonnet-latest"},
    {"id": "study-llama-bedrock", "provider": "bedrock", "model": "meta.llama3-1-70b-instruct-v1:0"},
]


def provider_config(entry):
    p = entry["provider"]
    if p == "openai":
        return ProviderConfig.openai(api_key=os.environ["OPENAI_API_KEY"], model_name=entry["model"], max_tokens=1024)
    if p == "anthropic":
        return ProviderConfig.anthropic(api_key=os.environ["ANTHROPIC_API_KEY"], model_name=entry["model"])
    if p == "bedrock":
        return ProviderConfig.bedrock(region="us-east-1", model_id=entry["model"], access_key_id=os.environ["AWS_ACCESS_KEY_ID"], secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"], session_token=os.environ.get("AWS_SESSION_TOKEN"))
    raise ValueError(f"unsupported provider {p!r}")


def register_all(client):
    report = []
    for entry in STUDY:
        cfg = provider_config(entry)
        log.info("registering %s (%s / %s)", entry["id"], entry["provider"], entry["model"])
        try:
            client.create_model(modelId=entry["id"], provider=entry["provider"], displayName=entry["id"], providerConfig=cfg)
        except mr.ConflictError:
            report.append({"id": entry["id"], "status": "exists"})
        except mr.ValidationError as e:
            log.debug("rejected config for %s: %s", entry["id"], cfg)
            report.append({"id": entry["id"], "status": "invalid", "reason": str(e)})
        except mr.ModelRedError as e:
            log.warning("register %s failed: %s", entry["id"], type(e).__name__)
            report.append({"id": entry["id"], "status": "error"})
        else:
            report.append({"id": entry["id"], "status": "created"})
    return report


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    session = os.environ.get("AWS_SESSION_TOKEN")
    log.info("AWS session token set: %s", session is not None)
    if session and len(session) < 100:
        raise RuntimeError(f"AWS_SESSION_TOKEN looks truncated: {session}")
    with mr.ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        for row in register_all(client):
            log.info("%s: %s", row["id"], row["status"])
