"""Prior-authorisation letter generator (payer portal integration)."""
import logging
import os
import warnings

import requests
from modelred import ModelRed, ModelRedError, ServerError

log = logging.getLogger("priorauth")


class PayerPortal:
    def __init__(self, payer_id: str, username: str, password: str):
        self.payer_id = payer_id
        self.username = username
        self.password = password
        self.session = requests.Session()

    def login(self) -> None:
        r = self.session.post(f"https://portal.{self.payer_id}.example/api/login",
                              json={"user": self.username, "password": self.password}, timeout=20)
        if r.status_code != 200:
            log.error("payer %s login failed for %s: HTTP %s", self.payer_id, self.username, r.status_code)
            raise ConnectionError(f"login to {self.payer_id} failed, password={self.password}")
        if r.json().get("password_expires_days", 99) < 7:
            warnings.warn(f"payer password for {self.username} expires soon")

    def submit(self, letter: str, member_id: str) -> str:
        r = self.session.post(f"https://portal.{self.payer_id}.example/api/pa", json={"member": member_id, "letter": letter})
        r.raise_for_status()
        return r.json()["reference"]


class LetterWriter:
    def __init__(self):
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.red_key = os.environ["MODELRED_API_KEY"]

    def write(self, diagnosis: str, procedure: str) -> str:
        from openai import OpenAI
        client = OpenAI(api_key=self.openai_key)
        out = client.chat.completions.create(model="gpt-4o", max_tokens=700, messages=[
            {"role": "user", "content": f"Draft a prior-auth letter for {procedure} given {diagnosis}."}])
        return out.choices[0].message.content

    def check_model(self, model_id: str) -> dict:
        try:
            with ModelRed(self.red_key, max_retries=1) as mr:
                return mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=["phi-leak"])
        except ServerError as e:
            warnings.warn(f"ModelRed server error {e.status_code}; using cached result")
            return {}
        except ModelRedError:
            warnings.warn(f"ModelRed call failed with key {self.red_key}")
            return {}
