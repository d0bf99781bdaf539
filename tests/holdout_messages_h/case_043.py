"""Service layer around ModelRed: callers get generic errors, operators get logs."""
import logging
import os

import requests
from modelred import APIError, ModelRed, NotFound, ServerError, Unauthorized

log = logging.getLogger("svc.redteam")


class RedTeamUnavailable(Exception):
    pass


class AssessmentFailed(Exception):
    def __init__(self, message: str, *, upstream=None, request_headers=None):
        super().__init__(message)
        self.upstream = upstream
        self.request_headers = request_headers


def _headers() -> dict:
    return {"Authorization": f"Bearer {os.environ['MODELRED_API_KEY']}", "User-Agent": "svc/1.4"}


def fetch(assessment_id: str) -> dict:
    client = ModelRed(os.environ["MODELRED_API_KEY"])
    try:
        return client.get_assessment(assessment_id)
    except NotFound:
        raise
    except Unauthorized as e:
        log.critical("ModelRed rejected our key: %s", e)
        raise RedTeamUnavailable("red-team service misconfigured") from e
    except ServerError as e:
        raise AssessmentFailed("upstream error", upstream=e) from e
    except APIError as e:
        raise AssessmentFailed(e.args[0] if e.args else "unknown") from e


def fetch_raw(assessment_id: str) -> dict:
    headers = _headers()
    resp = requests.get(f"https://api.modelred.ai/v3/assessments/{assessment_id}", headers=headers, timeout=15)
    if resp.status_code == 401:
        raise AssessmentFailed(f"401 for {assessment_id}", request_headers=headers)
    if resp.status_code >= 500:
        raise AssessmentFailed(f"server error with headers {headers}")
    return resp.json()
