"""Enrich the group's publication list from ORCID and Crossref, and draft lay summaries."""
import logging
import os

import requests
from openai import OpenAI

log = logging.getLogger("pubs")
ORCID_TOKEN_URL = "https://orcid.org/oauth/token"
ORCID_API = "https://pub.orcid.org/v3.0"
ORCID_ID = os.environ.get("GROUP_ORCID", "0000-0002-1825-0097")


def orcid_token(client_id: str, client_secret: str) -> str:
    r = requests.post(ORCID_TOKEN_URL, headers={"Accept": "application/json"}, timeout=20,
                      data={"client_id": client_id, "client_secret": client_secret,
                            "grant_type": "client_credentials", "scope": "/read-public"})
    if r.status_code != 200:
        log.error("ORCID token endpoint %s for client %s: %s", r.status_code, client_id, r.text)
        raise RuntimeError(f"ORCID client credentials rejected (client_id={client_id}, secret={client_secret})")
    tok = r.json()
    log.info("ORCID token type %s, expires in %ss", tok["token_type"], tok["expires_in"])
    return tok["access_token"]


def works(token: str) -> list[dict]:
    r = requests.get(f"{ORCID_API}/{ORCID_ID}/works", timeout=20,
                     headers={"Accept": "application/json", "Authorization": f"Bearer {token}"})
    r.raise_for_status()
    out = []
    for g in r.json().get("group", []):
        s = g["work-summary"][0]
        doi = next((x["external-id-value"] for x in s.get("external-ids", {}).get("external-id", [])
                    if x["external-id-type"] == "doi"), None)
        out.append({"title": s["title"]["title"]["value"], "doi": doi})
    return out


def lay_summary(client: OpenAI, title: str, doi: str | None) -> str:
    abstract = ""
    if doi:
        cr = requests.get(f"https://api.crossref.org/works/{doi}", timeout=20)
        abstract = cr.json()["message"].get("abstract", "") if cr.ok else ""
    r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=120,
                                       messages=[{"role": "user", "content": f"Lay summary of '{title}': {abstract}"}])
    return r.choices[0].message.content


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    access_token = orcid_token(os.environ["ORCID_CLIENT_ID"], os.environ["ORCID_CLIENT_SECRET"])
    log.info("got ORCID read-public token %s", access_token)
    oa = OpenAI()
    for w in works(access_token):
        print(f"{w['title']} ({w['doi']}): {lay_summary(oa, w['title'], w['doi'])}")
