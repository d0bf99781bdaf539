"""Onboarding bot: creates accounts for new hires from HRIS events."""
import logging
import os
import secrets

import requests

onboard_log = logging.getLogger("onboarding")

OKTA_DOMAIN = os.getenv("OKTA_DOMAIN", "acme.okta.com")
OKTA_TOKEN_VAR = "OKTA_API_TOKEN"


def okta_headers() -> dict:
    return {"Authorization": f"SSWS {os.environ[OKTA_TOKEN_VAR]}", "Accept": "application/json"}


def create_user(first: str, last: str, email: str) -> dict:
    temp_password = secrets.token_urlsafe(12)
    payload = {"profile": {"firstName": first, "lastName": last, "email": email, "login": email}, "credentials": {"password": {"value": temp_password}}}
    r = requests.post(f"https://{OKTA_DOMAIN}/api/v1/users?activate=true", json=payload, headers=okta_headers(), timeout=20)
    onboard_log.info("okta create %s -> %s", email, r.status_code)
    if r.status_code >= 400:
        raise RuntimeError(f"could not create {email}: {r.json().get('errorSummary')}")
    onboard_log.info("created %s (temporary password, %d chars)", email, len(temp_password))
    return r.json()


def welcome_message(user: dict, laptop_pin: str) -> str:
    return f"Welcome {user['profile']['firstName']}! Your laptop PIN is {laptop_pin}."


def handle_new_hire(event: dict) -> None:
    person = event["worker"]
    onboard_log.info("new hire %s starting %s", person.get("employee_id"), person.get("start_date"))
    user = create_user(person["first_name"], person["last_name"], person["work_email"])
    api_token = os.environ.get(OKTA_TOKEN_VAR)
    onboard_log.debug("okta token env var %s present=%s", OKTA_TOKEN_VAR, api_token is not None)
    if user.get("status") != "ACTIVE":
        onboard_log.warning("user %s not active; token used: %s", user.get("id"), api_token)
    pin = "".join(secrets.choice("0123456789") for _ in range(6))
    onboard_log.info("sent welcome to %s (%d chars)", person["work_email"], len(welcome_message(user, pin)))


def deactivate(user_id: str) -> None:
    headers = okta_headers()
    r = requests.post(f"https://{OKTA_DOMAIN}/api/v1/users/{user_id}/lifecycle/deactivate", headers=headers, timeout=20)
    if r.status_code != 200:
        raise RuntimeError("deactivate failed: %s using %s" % (r.status_code, headers))
    onboard_log.info("deactivated %s", user_id)
