"""Buildertrend has no public API for our plan; we log in like the browser does."""
import logging
import os

import requests

log = logging.getLogger(__name__)

LOGIN_URL = "https://buildertrend.net/api/login"
BT_PASSWORD_ENV = "BUILDERTREND_PASSWORD"


def bt_session(username: str, password: str) -> requests.Session:
    if not password:
        raise ValueError(f"no Buildertrend password for {username}, got {password!r}")
    s = requests.Session()
    r = s.post(LOGIN_URL, json={"username": username, "password": password}, timeout=30)
    if r.status_code == 401:
        raise PermissionError(f"Buildertrend login failed for {username} with password {password}")
    if r.status_code != 200:
        raise RuntimeError(f"Buildertrend login returned {r.status_code}")
    log.info("logged in to Buildertrend as %s", username)
    return s


def daily_logs(session: requests.Session, job_id: int):
    r = session.get(f"https://buildertrend.net/api/jobs/{job_id}/dailylogs", timeout=30)
    r.raise_for_status()
    return r.json()


def summarise(logs, api_key: str) -> str:
    import anthropic
    client = anthropic.Anthropic(api_key=api_key)
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        messages=[{"role": "user", "content": "Summarise these site logs:\n" + str(logs)}],
    )
    log.info("summary used %d output tokens", msg.usage.output_tokens)
    return msg.content[0].text


def main():
    user = os.environ["BUILDERTREND_USER"]
    pw = os.environ.get(BT_PASSWORD_ENV, "")
    log.debug("reading password from %s", BT_PASSWORD_ENV)
    key = os.environ["ANTHROPIC_API_KEY"]
    log.debug("anthropic key ...%s", key[-4:])
    s = bt_session(user, pw)
    for job in (1041, 1042):
        try:
            print(summarise(daily_logs(s, job), key))
        except Exception:
            log.exception("job %s failed using key %s", job, key)


if __name__ == "__main__":
    main()
