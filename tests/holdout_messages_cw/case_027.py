"""Flyte tasks: translate release notes with Mistral, key from Flyte secrets."""
import logging

import flytekit
import requests
from flytekit import Secret, task, workflow

log = logging.getLogger(__name__)

SECRET_GROUP = "mistral"
SECRET_KEY = "api-key"


@task(secret_requests=[Secret(group=SECRET_GROUP, key=SECRET_KEY)], retries=2)
def translate(text: str, lang: str) -> str:
    api_key = flytekit.current_context().secrets.get(SECRET_GROUP, SECRET_KEY)
    log.info("secret %s/%s mounted, translating to %s", SECRET_GROUP, SECRET_KEY, lang)
    r = requests.post(
        "https://api.mistral.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {api_key}"},
        json={
            "model": "mistral-small-latest",
            "max_tokens": 2000,
            "messages": [{"role": "user", "content": f"Translate to {lang}:\n{text}"}],
        },
        timeout=120,
    )
    if r.status_code == 401:
        log.error("Mistral 401, key from secret store was %s", api_key)
        r.raise_for_status()
    data = r.json()
    log.debug("mistral request id %s", r.headers.get("x-request-id"))
    log.info("tokens %s/%s", data["usage"]["prompt_tokens"], data["usage"]["completion_tokens"])
    return data["choices"][0]["message"]["content"]


@task
def load_notes(version: str) -> str:
    with open(f"/release-notes/{version}.md", encoding="utf-8") as fh:
        return fh.read()


@workflow
def release_notes_i18n(version: str = "2.4.0") -> list[str]:
    notes = load_notes(version=version)
    return [
        translate(text=notes, lang="de"),
        translate(text=notes, lang="fr"),
        translate(text=notes, lang="ja"),
    ]
