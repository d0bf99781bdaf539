"""Small wrapper around the Epic on FHIR sandbox for the patient-education bot."""
import base64
import logging
import os

import requests

log = logging.getLogger("epic.sandbox")

CLIENT_ID_VAR = "EPIC_CLIENT_ID"
CLIENT_SECRET_VAR = "EPIC_CLIENT_SECRET"
TOKEN_URL = "https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token"


def basic_auth_header(client_id: str, client_secret: str) -> dict:
    raw = f"{client_id}:{client_secret}".encode()
    return {"Authorization": "Basic " + base64.b64encode(raw).decode()}


def fetch_token() -> dict:
    cid = os.environ[CLIENT_ID_VAR]
    secret = os.environ.get(CLIENT_SECRET_VAR, "")
    log.info("requesting token for client %s from %s (secret from %s)", cid, TOKEN_URL, CLIENT_SECRET_VAR)
    hdrs = basic_auth_header(cid, secret)
    r = requests.post(TOKEN_URL, headers=hdrs, data={"grant_type": "client_credentials"}, timeout=15)
    if r.status_code != 200:
        log.error("epic token error %s: %s", r.status_code, r.json().get("error_description"))
        log.debug("sent headers %s", hdrs)
        r.raise_for_status()
    tok = r.json()
    log.info("epic token ok: type=%s expires_in=%s", tok["token_type"], tok["expires_in"])
    return tok


def patient_education(topic: str, patient_id: str) -> str:
    tok = fetch_token()
    access = tok["access_token"]
    r = requests.get(f"https://fhir.epic.com/interconnect-fhir-oauth/api/FHIR/R4/Patient/{patient_id}",
                     headers={"Authorization": f"Bearer {access}"}, timeout=15)
    if r.status_code >= 400:
        raise LookupError("patient %s not readable with token %s" % (patient_id, access))
    name = r.json().get("name", [{}])[0].get("given", ["there"])[0]
    from openai import OpenAI
    out = OpenAI().chat.completions.create(model="gpt-4o-mini", max_tokens=350, messages=[
        {"role": "user", "content": f"Explain {topic} to {name} at a 6th-grade reading level."}])
    return out.choices[0].message.content


if __name__ == "__main__":
    print(patient_education("type 2 diabetes", os.environ.get("EPIC_TEST_PATIENT", "erXuFYUfucBZaryVksYEcMg3")))
