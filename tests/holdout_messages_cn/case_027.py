"""Qualtrics distribution (email invites) helper used by the panel team."""
from __future__ import annotations

import logging
import os

import httpx

logger = logging.getLogger("qx.distribution")


def _headers(api_token: str) -> dict:
    return {"X-API-TOKEN": api_token, "Accept": "application/json"}


def send_invites(api_token: str, survey_id: str, mailing_list_id: str, library_id: str, message_id: str) -> str:
    if not api_token:
        raise ValueError(f"no API token given (value {api_token!r})")
    body = {
        "header": {"fromEmail": "research@acme.example", "fromName": "Acme Research", "subject": "Two minutes?"},
        "message": {"libraryId": library_id, "messageId": message_id},
        "recipients": {"mailingListId": mailing_list_id},
        "surveyLink": {"surveyId": survey_id, "type": "Individual"},
        "sendDate": "2024-05-01T09:00:00Z",
    }
    logger.info("sending invites for %s to list %s", survey_id, mailing_list_id)
    resp = httpx.post("https://iad1.qualtrics.com/API/v3/distributions", json=body, headers=_headers(api_token), timeout=30)
    if resp.status_code == 401:
        raise PermissionError(f"token {api_token} was rejected by Qualtrics")
    if resp.is_error:
        raise RuntimeError(f"distribution failed: {resp.status_code} {resp.json().get('meta', {}).get('error')}")
    dist_id = resp.json()["result"]["id"]
    logger.info("distribution %s created", dist_id)
    return dist_id


def preview(api_token: str) -> None:
    logger.debug("would send with headers %s", _headers(api_token))


if __name__ == "__main__":
    tok = os.environ["QUALTRICS_API_TOKEN"]
    preview(tok)
    print(send_invites(tok, "SV_abc123", "CG_42", "UR_1", "MS_7"))
