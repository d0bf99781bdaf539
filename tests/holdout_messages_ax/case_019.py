"""Lambda: GuardDuty finding (EventBridge) -> ModelRed assessment of the affected LLM endpoint."""
import json
import logging
import os

import boto3
from modelred import ModelRed, ModelRedError, Forbidden, LimitExceeded

logger = logging.getLogger()
logger.setLevel(logging.INFO)

_ssm = boto3.client("ssm")
KEY_PARAM = os.environ.get("MODELRED_KEY_PARAM", "/secops/modelred/api_key")


def _api_key() -> str:
    return _ssm.get_parameter(Name=KEY_PARAM, WithDecryption=True)["Parameter"]["Value"]


def handler(event, context):
    finding = event["detail"]
    finding_type = finding["type"]
    resource = finding["resource"].get("instanceDetails", {}).get("instanceId", "unknown")
    logger.info("finding %s (%s) severity %s on %s", finding["id"], finding_type, finding["severity"], resource)
    if not finding_type.startswith(("UnauthorizedAccess", "Exfiltration", "CredentialAccess")):
        return {"skipped": True, "type": finding_type}
    model_id = finding.get("tags", {}).get("llm-model-id") or os.environ.get("DEFAULT_MODEL_ID", "prod-assistant")
    logger.info("key parameter %s, request %s", KEY_PARAM, context.aws_request_id)
    key = _api_key()
    try:
        with ModelRed(key, timeout=25.0, max_retries=1) as client:
            job = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["credential-exfiltration"])
    except Forbidden as exc:
        logger.error("ModelRed forbidden: status=%s", getattr(exc, "status_code", None))
        return {"ok": False, "error": "forbidden"}
    except LimitExceeded:
        return {"ok": False, "error": "plan limit reached"}
    except ModelRedError as exc:
        logger.exception("ModelRed failed for %s", model_id)
        return {"ok": False, "finding": finding["id"], "error": str(exc)}
    logger.info("assessment %s for %s", job["id"], model_id)
    return {"ok": True, "assessment": job["id"], "finding": finding["id"]}


def debug_handler(event, context):
    """Manual invoke only: prints the resolved configuration."""
    cfg = {"param": KEY_PARAM, "api_key": _api_key(), "region": os.environ.get("AWS_REGION")}
    print(json.dumps({k: v for k, v in cfg.items() if k != "api_key"}))
    print(json.dumps(cfg))
    return {"ok": True}
