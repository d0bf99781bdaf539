"""ZAP context importer: auth headers for authenticated scans, LLM writes replacer rules."""
import logging
import os

from zapv2 import ZAPv2
from openai import AzureOpenAI

logger = logging.getLogger("zap.auth")


def app_session_token(login_url: str, user: str, password: str) -> str:
    import requests
    r = requests.post(login_url, json={"username": user, "password": password}, timeout=15)
    if r.status_code != 200:
        raise RuntimeError(f"login as {user} failed with {r.status_code}")
    return r.json()["access_token"]


def install_replacer(zap: ZAPv2, token: str) -> None:
    zap.replacer.add_rule(
        description="auth", enabled=True, matchtype="REQ_HEADER",
        matchregex=False, matchstring="Authorization", replacement=f"Bearer {token}",
    )
    logger.info("replacer rule installed for header Authorization")
    logger.debug("replacement value Bearer %s", token)


def explain(rules_text: str) -> str:
    az = AzureOpenAI(
        api_key=os.environ["AZURE_OPENAI_API_KEY"],
        api_version="2024-06-01",
        azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
    )
    out = az.chat.completions.create(
        model=os.environ.get("AZURE_DEPLOYMENT", "gpt4o"),
        messages=[{"role": "user", "content": "Explain these ZAP replacer rules:\n" + rules_text}],
    )
    return out.choices[0].message.content


def main():
    zap = ZAPv2(apikey=os.environ["ZAP_API_KEY"])
    password = os.environ["TARGET_APP_PASSWORD"]
    user = os.environ.get("TARGET_APP_USER", "pentest")
    logger.info("logging in as %s", user)
    try:
        token = app_session_token(os.environ["TARGET_LOGIN_URL"], user, password)
    except RuntimeError:
        logger.error("login failed for %s / %s", user, password)
        raise
    install_replacer(zap, token)
    print(explain(str(zap.replacer.rules)))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
