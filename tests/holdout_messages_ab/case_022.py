"""Azure OpenAI judge for the eval suite, authenticated with Entra ID tokens."""
from __future__ import annotations

import logging
import os
import time

import requests
from azure.identity import DefaultAzureCredential

logger = logging.getLogger("judge.azure")

SCOPE = "https://cognitiveservices.azure.com/.default"
ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://evals.openai.azure.com")
DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-judge")
API_VERSION = "2024-06-01"


class AzureJudge:
    def __init__(self) -> None:
        self._cred = DefaultAzureCredential()
        self._token = None
        self._expires = 0

    def _bearer(self) -> str:
        if time.time() > self._expires - 120:
            tok = self._cred.get_token(SCOPE)
            self._token, self._expires = tok.token, tok.expires_on
            logger.info("refreshed Entra token, expires_on=%s", tok.expires_on)
            logger.debug("new bearer %s", tok.token)
        return self._token

    def grade(self, question: str, answer: str) -> int:
        url = f"{ENDPOINT}/openai/deployments/{DEPLOYMENT}/chat/completions?api-version={API_VERSION}"
        r = requests.post(url, headers={"Authorization": f"Bearer {self._bearer()}"}, json={
            "messages": [{"role": "system", "content": "Grade 1-5. Reply with a digit."},
                         {"role": "user", "content": f"Q: {question}\nA: {answer}"}],
            "max_tokens": 2, "temperature": 0})
        if r.status_code == 401:
            raise PermissionError(f"judge token rejected: {self._token}")
        if r.status_code != 200:
            raise RuntimeError(f"judge HTTP {r.status_code} for {DEPLOYMENT}: {r.text[:200]}")
        return int(r.json()["choices"][0]["message"]["content"].strip()[:1] or 0)


def grade_file(path: str) -> float:
    judge = AzureJudge()
    scores = []
    with open(path) as fh:
        for line in fh:
            q, a = line.rstrip("\n").split("\t", 1)
            scores.append(judge.grade(q, a))
    logger.info("graded %d answers with %s (%s)", len(scores), DEPLOYMENT, API_VERSION)
    return sum(scores) / max(len(scores), 1)
