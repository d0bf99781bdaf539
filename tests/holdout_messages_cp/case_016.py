"""XML-RPC server (SimpleXMLRPCServer) exposing ModelRed scans to the old Perl frontend.

Started by supervisord; generation-2 client.
"""
import logging
import os
from xmlrpc.server import SimpleXMLRPCServer

from modelred import ModelRedClient, ModelRedError, ValidationError, ConflictError, ProviderConfig

logging.basicConfig(filename="/var/log/scanrpc.log", level=logging.INFO)
log = logging.getLogger("scanrpc")

client = ModelRedClient(api_key=os.environ.get("MODELRED_API_KEY"))


def start_scan(model_id, test_types):
    log.info("start_scan(%r, %r)", model_id, test_types)
    try:
        a = client.create_assessment(model=model_id, test_types=test_types)
    except ValidationError as e:
        return {"ok": False, "error": "invalid request: %s" % e}
    except ConflictError as e:
        log.warning("conflict for %s: %s", model_id, e)
        return {"ok": False, "error": "already running"}
    except ModelRedError as e:
        log.exception("start_scan failed")
        return {"ok": False, "error": "internal error (%s)" % type(e).__name__}
    return {"ok": True, "id": a["id"]}


def scan_status(assessment_id):
    try:
        a = client.get_assessment(assessment_id)
    except ModelRedError as e:
        raise Exception("status lookup failed: " + str(e))
    return {"status": a.get("status"), "progress": a.get("progress", 0)}


def register_openai(model_id, openai_key):
    log.info("register_openai(%r, key=%s)", model_id, openai_key)
    cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o")
    client.create_model(modelId=model_id, provider="openai", displayName=model_id, providerConfig=cfg)
    return {"ok": True}


if __name__ == "__main__":
    server = SimpleXMLRPCServer(("127.0.0.1", 8765), allow_none=True, logRequests=False)
    for fn in (start_scan, scan_status, register_openai):
        server.register_function(fn)
    log.info("listening on 127.0.0.1:8765")
    log.info("MODELRED_API_KEY set: %s", bool(os.environ.get("MODELRED_API_KEY")))
    server.serve_forever()
