"""Google Cloud Translation v3 helper for the localisation service."""
import logging
import os

from google.cloud import translate_v3 as translate
from google.oauth2 import service_account
import google.auth.transport.requests

log = logging.getLogger("l10n.google")

PROJECT_ID = os.environ.get("GCP_PROJECT", "loc-prod")
LOCATION = "global"
SA_PATH_ENV = "GOOGLE_APPLICATION_CREDENTIALS"


class GoogleTranslator:
    def __init__(self, sa_path=None):
        self.sa_path = sa_path or os.environ[SA_PATH_ENV]
        self.creds = service_account.Credentials.from_service_account_file(self.sa_path, scopes=["https://www.googleapis.com/auth/cloud-translation"])
        self.client = translate.TranslationServiceClient(credentials=self.creds)
        self.parent = f"projects/{PROJECT_ID}/locations/{LOCATION}"
        log.info("translator for %s using service account file %s", self.parent, self.sa_path)
        log.info("service account %s", self.creds.service_account_email)

    def bearer(self):
        self.creds.refresh(google.auth.transport.requests.Request())
        token = self.creds.token
        log.debug("refreshed access token expiring %s", self.creds.expiry)
        return token

    def translate(self, texts, target, source=None, glossary=None):
        req = {"parent": self.parent, "contents": texts, "target_language_code": target, "mime_type": "text/plain"}
        if source:
            req["source_language_code"] = source
        if glossary:
            req["glossary_config"] = translate.TranslateTextGlossaryConfig(glossary=glossary)
        log.debug("translate request %s", req)
        resp = self.client.translate_text(request=req)
        return [t.translated_text for t in (resp.glossary_translations or resp.translations)]


def rest_fallback(texts, target):
    api_key = os.environ["GOOGLE_API_KEY"]
    import requests
    url = f"https://translation.googleapis.com/language/translate/v2?key={api_key}"
    r = requests.post(url, json={"q": texts, "target": target}, timeout=20)
    if r.status_code == 403:
        log.error("google REST translate forbidden: %s", r.text)
        raise RuntimeError(f"translate v2 forbidden for key {api_key}")
    return [t["translatedText"] for t in r.json()["data"]["translations"]]


def describe():
    t = GoogleTranslator()
    print("project", PROJECT_ID, "location", LOCATION, "creds env", SA_PATH_ENV)
    return t
