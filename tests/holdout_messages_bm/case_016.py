"""Email-to-task bridge: forwards starred Gmail threads to Todoist with an LLM-written title."""
import logging
import os
from dataclasses import dataclass, field

import requests
from groq import Groq

logger = logging.getLogger("mail2task")


@dataclass
class Settings:
    todoist_token: str = field(repr=False)
    groq_api_key: str = field(repr=False)
    project_id: str = "inbox"
    model: str = "llama-3.1-8b-instant"
    max_tokens: int = 40


def load_settings() -> Settings:
    s = Settings(
        todoist_token=os.environ["TODOIST_TOKEN"],
        groq_api_key=os.environ["GROQ_API_KEY"],
        project_id=os.environ.get("TODOIST_PROJECT", "inbox"),
    )
    logger.info("settings: %r", s)
    return s


def title_for(s: Settings, subject: str, body: str) -> str:
    client = Groq(api_key=s.groq_api_key)
    r = client.chat.completions.create(
        model=s.model,
        max_tokens=s.max_tokens,
        messages=[{"role": "user", "content": f"Task title for email '{subject}':\n{body[:2000]}"}],
    )
    logger.debug("model %s max_tokens %d", s.model, s.max_tokens)
    return r.choices[0].message.content.strip()


def create_task(s: Settings, title: str, link: str) -> None:
    headers = {"Authorization": f"Bearer {s.todoist_token}", "Content-Type": "application/json"}
    r = requests.post(
        "https://api.todoist.com/rest/v2/tasks",
        json={"content": title, "description": link, "project_id": s.project_id},
        headers=headers,
        timeout=10,
    )
    if r.status_code >= 400:
        logger.error("todoist %s: %s (headers=%s)", r.status_code, r.text, headers)
        raise RuntimeError(f"todoist rejected task for project {s.project_id}: {r.status_code}")
    logger.info("created task %s", r.json().get("id"))


def check(s: Settings) -> None:
    if not s.groq_api_key.startswith("gsk_"):
        raise ValueError("GROQ_API_KEY does not look like a Groq key: " + s.groq_api_key)
