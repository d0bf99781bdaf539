import logging
import os
import time

from opentelemetry import trace
from opentelemetry.trace import Status, StatusCode

tracer = trace.get_tracer("auth.refresh")
logger = logging.getLogger("auth.refresh")

TOKEN_URL = "https://login.example-llm.com/oauth/token"
TOKEN_TTL_SECONDS = 3300


class TokenCache:
    def __init__(self, client_id: str, client_secret: str):
        self.client_id = client_id
        self.client_secret = client_secret
        self.access_token = None
        self.fetched_at = 0.0

    def get(self) -> str:
        if self.access_token and time.time() - self.fetched_at < TOKEN_TTL_SECONDS:
            return self.access_token
        with tracer.start_as_current_span("oauth.refresh") as span:
            span.set_attribute("oauth.client_id", self.client_id)
            span.set_attribute("oauth.ttl", TOKEN_TTL_SECONDS)
            import requests

            resp = requests.post(
                TOKEN_URL,
                data={"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret},
                timeout=10,
            )
            if resp.status_code != 200:
                span.set_status(Status(StatusCode.ERROR, f"token endpoint {resp.status_code}"))
                raise PermissionError(f"token refresh failed for {self.client_id} using secret {self.client_secret}")
            body = resp.json()
            self.access_token = body["access_token"]
            self.fetched_at = time.time()
            span.add_event("oauth.refreshed", {"expires_in": body.get("expires_in", 0), "token_type": body.get("token_type", "")})
            logger.info("refreshed access token %s", self.access_token)
            return self.access_token


def main() -> None:
    cache = TokenCache(os.environ["LLM_CLIENT_ID"], os.environ["LLM_CLIENT_SECRET"])
    token = cache.get()
    logger.info("token length %d, client %s", len(token), cache.client_id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
