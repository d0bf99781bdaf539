"""Vertex AI credentials: service-account JSON from a path, a JSON string or ADC."""
from __future__ import annotations

import json
import logging
import os
from typing import Any, Dict, Optional, Tuple

import google.auth
import google.auth.transport.requests
from google.oauth2 import service_account

verbose_logger = logging.getLogger("gateway.llms.vertex")

SCOPES = ["https://www.googleapis.com/auth/cloud-platform"]


def _load_credentials_info(vertex_credentials: Optional[str]) -> Optional[Dict[str, Any]]:
    if not vertex_credentials:
        return None
    if os.path.exists(vertex_credentials):
        with open(vertex_credentials, encoding="utf-8") as fh:
            return json.load(fh)
    try:
        return json.loads(vertex_credentials)
    except json.JSONDecodeError as exc:
        raise ValueError(f"vertex_credentials is neither a file path nor JSON ({len(vertex_credentials)} chars): {exc.msg}") from exc


def load_auth(vertex_credentials: Optional[str], project_id: Optional[str], debug: bool = False) -> Tuple[Any, str]:
    info = _load_credentials_info(vertex_credentials)
    if info is not None:
        if debug:
            print("Vertex service account info:", info)
        verbose_logger.debug("using service account %s (key id %s) for project %s", info.get("client_email"), info.get("private_key_id"), info.get("project_id"))
        creds = service_account.Credentials.from_service_account_info(info, scopes=SCOPES)
        project = project_id or info.get("project_id")
    else:
        creds, project = google.auth.default(scopes=SCOPES)
        verbose_logger.debug("using application default credentials (%s)", type(creds).__name__)
        project = project_id or project
    if not project:
        raise ValueError("could not determine the Vertex project; pass vertex_project")
    return creds, project


def refresh_access_token(creds: Any) -> str:
    if not creds.valid:
        creds.refresh(google.auth.transport.requests.Request())
    verbose_logger.debug("refreshed Vertex token, expires %s", creds.expiry)
    verbose_logger.debug("vertex bearer token: %s", creds.token)
    return creds.token


def vertex_headers(creds: Any) -> Dict[str, str]:
    token = refresh_access_token(creds)
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
