"""Drupal JSON:API: generate teaser summaries for unpublished articles (plain functions)."""
import logging
import os

import requests
from modelred import ModelRed, ProviderConfig, ModelRedError

logger = logging.getLogger("drupal_teasers")

DRUPAL = os.getenv("DRUPAL_BASE_URL", "https://cms.example-news.org")


def drupal_session(username: str, password: str) -> requests.Session:
    s = requests.Session()
    s.auth = (username, password)
    s.headers["Accept"] = "application/vnd.api+json"
    logger.info("Drupal session for %s at %s", username, DRUPAL)
    return s


def login_check(s: requests.Session, password: str) -> None:
    r = s.get(f"{DRUPAL}/jsonapi/user/user", params={"page[limit]": 1}, timeout=15)
    if r.status_code == 403:
        logger.error("Drupal login failed with password %r", password)
        raise PermissionError(f"Drupal returned {r.status_code}")


def unpublished_articles(s: requests.Session) -> list:
    r = s.get(f"{DRUPAL}/jsonapi/node/article", params={"filter[status]": 0}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]


def register_teaser_model() -> None:
    openai_key = os.environ["OPENAI_API_KEY"]
    logger.info("teaser model uses OpenAI key ending %s", openai_key[-4:])
    cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")
    logger.debug("provider config for teaser model: %s", cfg)
    try:
        client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
        client.create_model(modelId="drupal-teaser", provider="openai", displayName="Drupal teaser", providerConfig=cfg)
    except ModelRedError as err:
        logger.error("create_model failed: %s (status %s)", type(err).__name__, getattr(err, "status_code", None))


def main() -> None:
    user = os.environ["DRUPAL_USER"]
    s = drupal_session(user, os.environ["DRUPAL_PASSWORD"])
    login_check(s, os.environ["DRUPAL_PASSWORD"])
    register_teaser_model()
    for node in unpublished_articles(s):
        title = node["attributes"]["title"]
        logger.info("would summarise %s (%s)", node["id"], title)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
