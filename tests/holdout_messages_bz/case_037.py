"""Emergency revocation script: called by the secret-scanning webhook when a key leaks."""
import logging
import os

import requests

from modelred import ModelRed, NotFound, APIError

rev_log = logging.getLogger("revoke")


def revoke_openai(admin_key: str, project_id: str, key_id: str) -> int:
    r = requests.delete(
        f"https://api.openai.com/v1/organization/projects/{project_id}/api_keys/{key_id}",
        headers={"Authorization": f"Bearer {admin_key}"}, timeout=15,
    )
    rev_log.info("OpenAI revoke %s -> %s", key_id, r.status_code)
    return r.status_code


def handle_alert(alert: dict) -> dict:
    leaked = alert["secret"]
    kind = alert["secret_type"]
    rev_log.warning("leak alert %s in %s@%s", kind, alert["repository"], alert["commit"][:7])
    rev_log.warning("leaked value reported by scanner: %s", leaked)
    if kind == "modelred_api_key":
        try:
            with ModelRed(os.environ["MODELRED_ADMIN_KEY"]) as mr:
                mr.cancel_assessment(alert.get("assessment_id", ""))
        except NotFound:
            rev_log.info("no running assessment to cancel")
        except APIError as exc:
            rev_log.error("cancel failed: %s (%s)", exc, exc.status_code)
        return {"revoked": False, "action": "rotate ModelRed key in portal"}
    if kind == "openai_api_key":
        status = revoke_openai(os.environ["OPENAI_ADMIN_KEY"], alert["project_id"], alert["key_id"])
        return {"revoked": status == 200, "key_id": alert["key_id"]}
    return {"revoked": False, "kind": kind}


if __name__ == "__main__":
    import json
    import sys
    logging.basicConfig(level=logging.INFO)
    payload = json.load(sys.stdin)
    result = handle_alert(payload)
    print(json.dumps(result))
    print("admin key used:", os.environ["OPENAI_ADMIN_KEY"][-4:])
