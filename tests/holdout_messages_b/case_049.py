import logging
import os
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
access_log = logging.getLogger("gateway.access")
SECRET_NAME = "prod/groq"
TOKEN_URL = "https://auth.example.com/token"


def check_keys() -> None:
    groq_api_key = os.environ.get("GROQ_API_KEY")
    if groq_api_key is None:
        logging.warning("GROQ_API_KEY is not set; Groq is disabled (secret %s)", SECRET_NAME)
        return
    logging.info("Groq key: %r", groq_api_key)
    logging.getLogger("providers").log(logging.DEBUG, "groq key %s", groq_api_key)
    print(repr(groq_api_key))
    print(f"token endpoint: {TOKEN_URL}")


def handle(request_id: str, api_key: str, upstream) -> None:
    try:
        upstream.call(request_id, api_key=api_key)
    except Exception:
        access_log.error("request %s failed", request_id, exc_info=True)
        access_log.info("request %s", request_id, extra={"key_present": bool(api_key)})
        access_log.warning("request %s used key %s", request_id, api_key)
