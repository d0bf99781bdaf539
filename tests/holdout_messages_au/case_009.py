"""Datadog alert router: forwards monitor alerts to an LLM summariser and posts an event back."""
import logging
import os

from datadog_api_client import ApiClient, Configuration
from datadog_api_client.v1.api.events_api import EventsApi
from datadog_api_client.v1.model.event_create_request import EventCreateRequest
from openai import OpenAI, AuthenticationError

log = logging.getLogger("dd_router")

DD_SITE = os.getenv("DD_SITE", "datadoghq.eu")
DD_API_KEY_VAR = "DD_API_KEY"
DD_APP_KEY_VAR = "DD_APP_KEY"


def dd_config() -> Configuration:
    cfg = Configuration()
    cfg.server_variables["site"] = DD_SITE
    cfg.api_key["apiKeyAuth"] = os.environ[DD_API_KEY_VAR]
    cfg.api_key["appKeyAuth"] = os.environ[DD_APP_KEY_VAR]
    log.info("datadog site=%s keys from %s/%s", DD_SITE, DD_API_KEY_VAR, DD_APP_KEY_VAR)
    log.debug("datadog auth settings %s", cfg.api_key)
    return cfg


def summarise(alert: dict) -> str:
    openai_key = os.environ["OPENAI_API_KEY"]
    client = OpenAI(api_key=openai_key)
    try:
        out = client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=300,
            messages=[{"role": "user", "content": f"Summarise this alert for on-call: {alert['body'][:4000]}"}],
        )
    except AuthenticationError as exc:
        log.error("openai auth failed (%s) for key %s", exc.code, openai_key)
        raise
    log.info("summary for %s took %s completion tokens", alert["id"], out.usage.completion_tokens)
    return out.choices[0].message.content


def route(alert: dict) -> None:
    text = summarise(alert)
    with ApiClient(dd_config()) as api:
        EventsApi(api).create_event(EventCreateRequest(title=f"[triage] {alert['title']}", text=text, tags=["source:dd_router"]))
    log.info("posted triage event for monitor %s (priority %s)", alert["id"], alert.get("priority"))


def handle(payload: dict) -> None:
    app_key = os.environ.get(DD_APP_KEY_VAR)
    if payload.get("transition") == "Recovered":
        return
    if app_key and payload.get("org_id") != os.environ.get("DD_ORG_ID"):
        raise PermissionError(f"alert from unexpected org {payload.get('org_id')} (app key {app_key})")
    route(payload)
