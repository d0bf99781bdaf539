"""Procore webhook receiver that queues RFIs for a ModelRed red-team check."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("procore.hooks")
app = Flask(__name__)


class ProcoreHookConfig:
    def __init__(self):
        self.company_id = os.environ.get("PROCORE_COMPANY_ID", "")
        self.client_id = os.environ["PROCORE_CLIENT_ID"]
        self.client_secret = os.environ["PROCORE_CLIENT_SECRET"]
        self.hook_token = os.environ.get("PROCORE_HOOK_TOKEN", "")
        self.mr_key = os.environ["MODELRED_API_KEY"]

    def describe(self):
        log.info("procore app %s for company %s", self.client_id, self.company_id)
        log.debug("procore oauth secret=%s", self.client_secret)


CFG = ProcoreHookConfig()


@app.post("/procore/rfi")
def rfi_created():
    supplied = request.headers.get("X-Procore-Hook-Token", "")
    if supplied != CFG.hook_token:
        log.warning("rejected hook call, token length %d", len(supplied))
        log.warning("bad hook token %r from %s", supplied, request.remote_addr)
        return jsonify({"error": "forbidden"}), 403
    body = request.get_json(force=True)
    rfi_id = body.get("resource_id")
    project_id = body.get("project_id")
    log.info("rfi %s on project %s", rfi_id, project_id)
    try:
        with ModelRed(CFG.mr_key, timeout=30.0) as client:
            run = client.create_assessment(model_id="rfi-drafter", probe_pack_ids=["pii", "injection"])
    except Unauthorized as e:
        log.error("modelred rejected our key: %s", e)
        return jsonify({"error": "scan unavailable"}), 502
    except APIError as e:
        return jsonify({"error": f"scan failed: {e}"}), 502
    log.info("scan %s queued for rfi %s", run.get("id"), rfi_id)
    return jsonify({"assessment": run.get("id")}), 202


if __name__ == "__main__":
    CFG.describe()
    app.run(port=int(os.environ.get("PORT", "8080")))
