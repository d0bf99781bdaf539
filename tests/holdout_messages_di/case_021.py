"""Tool-result formatting for the agent: errors from ModelRed (generation 3) shown in chat."""
import logging

from modelred import APIError, Forbidden, ModelRed, NotFound, ServerError, ValidationFailed

log = logging.getLogger("agent.tools.results")
RETRYABLE = (ServerError,)


def run_pack(client: ModelRed, model_id: str, pack_id: str) -> dict:
    try:
        pack = client.get_probe_pack(pack_id)
        job = client.create_assessment(model_id=model_id, probe_pack_ids=[pack["id"]])
        return {"content": f"Started {job['id']} with {pack['name']}", "is_error": False}
    except ValidationFailed as err:
        return {"content": f"ModelRed rejected the request: {err}", "is_error": True}
    except NotFound as err:
        log.info("pack or model missing: %s", err)
        return {"content": f"No probe pack named {pack_id}.", "is_error": True}
    except Forbidden as err:
        log.warning("forbidden (%s) for model %s", err.status_code, model_id)
        return {"content": "This workspace may not run that pack.", "is_error": True}
    except RETRYABLE as err:
        log.error("modelred server error %r", err)
        return {"content": "The scanner is having trouble; retrying later.", "is_error": True}


def cancel(client: ModelRed, assessment_id: str) -> dict:
    try:
        client.cancel_assessment(assessment_id)
    except APIError as err:
        return {"content": "Could not cancel: " + str(err), "is_error": True}
    return {"content": f"Cancelled {assessment_id}", "is_error": False}


def summarize(client: ModelRed, assessment_id: str) -> dict:
    try:
        res = client.get_assessment(assessment_id)
    except APIError as err:
        log.exception("get_assessment failed for %s", assessment_id)
        return {"content": f"Lookup failed ({type(err).__name__}).", "is_error": True}
    findings = res.get("findings", [])
    return {"content": f"{assessment_id}: {len(findings)} findings, score {res.get('score')}", "is_error": False}


def make_client(settings) -> ModelRed:
    key = settings.modelred_api_key
    log.info("modelred client (timeout %s, key set: %s)", settings.timeout, bool(key))
    return ModelRed(key, timeout=settings.timeout)
