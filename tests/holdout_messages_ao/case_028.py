"""Enterprise search gateway: tenant API keys in, RAG answers out; admin can trigger audits."""
import hashlib
import logging
import os

from flask import Flask, g, jsonify, request
from modelred import ModelRed, ModelRedError, NotAllowedForApiKey

app = Flask(__name__)
access_log = logging.getLogger("gateway.access")
audit_log = logging.getLogger("gateway.audit")

TENANT_KEYS = {h.strip() for h in os.getenv("TENANT_KEY_HASHES", "").split(",") if h.strip()}
API_KEY_HEADER = "X-Api-Key"


@app.before_request
def authenticate():
    presented = request.headers.get(API_KEY_HEADER, "")
    digest = hashlib.sha256(presented.encode()).hexdigest()
    if digest not in TENANT_KEYS:
        access_log.warning("rejected %s %s with key %s", request.method, request.path, presented)
        return jsonify({"error": "unauthorized"}), 401
    g.tenant = digest[:12]
    access_log.info("%s %s tenant=%s", request.method, request.path, g.tenant)
    access_log.debug("auth header %s present (%d chars)", API_KEY_HEADER, len(presented))


@app.post("/v1/search")
def search():
    from gateway.rag import run_query

    body = request.get_json(force=True)
    result = run_query(body["q"], tenant=g.tenant, top_k=int(body.get("top_k", 8)))
    access_log.info("tenant=%s q_len=%d tokens=%d", g.tenant, len(body["q"]), result["usage"]["total_tokens"])
    return jsonify(result)


@app.post("/admin/audit/<model_id>")
def audit(model_id: str):
    try:
        with ModelRed(os.environ["MODELRED_API_KEY"], max_retries=1) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=["rag-poisoning", "tenant-isolation"])
    except NotAllowedForApiKey as e:
        audit_log.warning("audit %s not allowed: %s", model_id, e)
        return jsonify({"error": "this key may not start assessments"}), 403
    except ModelRedError as e:
        return jsonify({"error": str(e), "model": model_id}), 502
    audit_log.info("audit %s started by tenant %s", a["id"], g.tenant)
    return jsonify({"assessment": a["id"]}), 202


if __name__ == "__main__":
    app.run(port=8088)
