"""Title search pipeline: county recorder scrape + OCR + LLM chain-of-title summary."""
from __future__ import annotations

import logging
import os

import boto3
import structlog
from openai import OpenAI

log = structlog.get_logger("title")
std = logging.getLogger("title.std")


def get_secret(name: str) -> str:
    sm = boto3.client("secretsmanager")
    return sm.get_secret_value(SecretId=name)["SecretString"]


class TitleSearch:
    RECORDER_PASSWORD_KEY = "title/recorder-portal-password"

    def __init__(self, county: str):
        self.county = county
        self.recorder_user = os.environ["RECORDER_USER"]
        self.recorder_password = get_secret(self.RECORDER_PASSWORD_KEY)
        self.llm = OpenAI(api_key=get_secret("title/openai-api-key"))
        log.info("title search ready", county=county, secret_name=self.RECORDER_PASSWORD_KEY)

    def login(self, session):
        r = session.post(f"https://{self.county}.recorder.example/login", data={"u": self.recorder_user, "p": self.recorder_password})
        if "Invalid" in r.text:
            log.error("recorder login rejected", user=self.recorder_user, password=self.recorder_password)
            raise ConnectionError(f"recorder login failed for {self.recorder_user}")
        std.info("logged in to %s recorder as %s", self.county, self.recorder_user)

    def summarise(self, deeds: list[str]) -> str:
        text = "\n\n".join(deeds)
        resp = self.llm.chat.completions.create(
            model="gpt-4o",
            messages=[
                {"role": "system", "content": "You are a title examiner. List the chain of title and any open liens."},
                {"role": "user", "content": text},
            ],
            max_tokens=1200,
        )
        log.info("summary done", prompt_tokens=resp.usage.prompt_tokens, completion_tokens=resp.usage.completion_tokens)
        return resp.choices[0].message.content


def run(county: str, parcel: str):
    search = TitleSearch(county)
    import requests
    with requests.Session() as s:
        search.login(s)
        deeds = [d.text for d in s.get(f"https://{county}.recorder.example/parcel/{parcel}/deeds").json()]
    return search.summarise(deeds)
