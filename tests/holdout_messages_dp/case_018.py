import logging
import os
from functools import wraps

import rollbar

logger = logging.getLogger("tools")

rollbar.init(os.environ.get("ROLLBAR_TOKEN", ""), environment="staging")


def report_errors(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except Exception:
            safe = {k: v for k, v in kwargs.items() if "key" not in k and "token" not in k}
            rollbar.report_exc_info(extra_data={"tool": func.__name__, "kwargs": safe})
            logger.exception("tool %s failed with %s", func.__name__, safe)
            raise
    return wrapper


@report_errors
def web_search(query: str, serpapi_key: str, num: int = 5) -> list[dict]:
    import requests

    resp = requests.get(
        "https://serpapi.com/search.json",
        params={"q": query, "api_key": serpapi_key, "num": num},
        timeout=20,
    )
    if resp.status_code == 401:
        raise PermissionError(f"SerpAPI rejected key {serpapi_key}")
    resp.raise_for_status()
    return resp.json().get("organic_results", [])


@report_errors
def weather(city: str, owm_key: str) -> dict:
    import requests

    url = f"https://api.openweathermap.org/data/2.5/weather?q={city}&appid={owm_key}"
    logger.info("weather lookup: %s", url)
    resp = requests.get(url, timeout=10)
    logger.info("weather status %s for %s", resp.status_code, city)
    return resp.json()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(web_search("modelred sdk", serpapi_key=os.environ["SERPAPI_API_KEY"]))
    print(weather("Oslo", owm_key=os.environ["OWM_API_KEY"]))
