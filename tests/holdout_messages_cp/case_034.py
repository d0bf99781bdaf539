"""Logging set up with logging.config.fileConfig(logging.ini) and an SMTPHandler for errors.

Every ERROR record becomes an e-mail to the on-call list, so what is logged matters.
"""
import logging
import logging.config
import logging.handlers
import os

logging.config.fileConfig(os.path.join(os.path.dirname(__file__), "logging.ini"), disable_existing_loggers=False)
log = logging.getLogger("nightly.llm")

mail_handler = logging.handlers.SMTPHandler(
    mailhost=("smtp.internal", 25), fromaddr="nightly@internal",
    toaddrs=["oncall@internal"], subject="nightly LLM job error")
mail_handler.setLevel(logging.ERROR)
log.addHandler(mail_handler)

OPENROUTER_KEY = os.environ.get("OPENROUTER_API_KEY")
OPENROUTER_MODEL = "anthropic/claude-3.5-sonnet"
log.info("nightly LLM job: model %s via OPENROUTER_API_KEY", OPENROUTER_MODEL)


def call_openrouter(prompt, session):
    headers = {"Authorization": "Bearer {}".format(OPENROUTER_KEY), "HTTP-Referer": "https://internal/nightly", "X-Title": "nightly"}
    r = session.post("https://openrouter.ai/api/v1/chat/completions", headers=headers, json={"model": OPENROUTER_MODEL, "messages": [{"role": "user", "content": prompt}], "max_tokens": 800})
    if r.status_code == 401:
        log.error("openrouter 401 with headers %s", headers)
        return None
    if r.status_code == 402:
        log.error("openrouter out of credit (HTTP %d, referer %s)", r.status_code, headers["HTTP-Referer"])
        return None
    data = r.json()
    log.info("openrouter %s used %d tokens", data.get("model"), data["usage"]["total_tokens"])
    return data["choices"][0]["message"]["content"]


def check_key():
    if OPENROUTER_KEY is None:
        raise EnvironmentError("OPENROUTER_API_KEY missing")
    if not OPENROUTER_KEY.startswith("sk-or-v1-") or len(OPENROUTER_KEY) != 73:
        raise EnvironmentError("OPENROUTER_API_KEY malformed: {}".format(OPENROUTER_KEY))
    log.info("openrouter key ok (%s...%s)", OPENROUTER_KEY[:4], OPENROUTER_KEY[-4:])
