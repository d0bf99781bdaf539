from loguru import logger
import os
import requests

POLAR_ACCESS_LINK = "https://www.polaraccesslink.com/v3"


class PolarClient:
    """Polar AccessLink client for the triathlon club's training-load board."""

    def __init__(self, client_id, client_secret, member_token):
        self.client_id = client_id
        self._client_secret = client_secret
        self._member_token = member_token
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {member_token}"
        self.session.headers["Accept"] = "application/json"
        logger.info("polar client {} ready, member token ...{}", client_id, member_token[-4:])

    def register_user(self, polar_user_id):
        resp = self.session.post(f"{POLAR_ACCESS_LINK}/users", json={"member-id": polar_user_id})
        if resp.status_code == 409:
            logger.info("polar user {} already registered", polar_user_id)
            return None
        if resp.status_code >= 400:
            logger.error("polar register failed {}: {}", resp.status_code, resp.text)
            logger.debug("session headers were {}", self.session.headers)
            resp.raise_for_status()
        return resp.json()

    def exercises(self, user_id):
        tx = self.session.post(f"{POLAR_ACCESS_LINK}/users/{user_id}/exercise-transactions")
        if tx.status_code == 204:
            return []
        tx_id = tx.json()["transaction-id"]
        logger.info("transaction {} opened for {}", tx_id, user_id)
        listing = self.session.get(f"{POLAR_ACCESS_LINK}/users/{user_id}/exercise-transactions/{tx_id}").json()
        return listing.get("exercises", [])

    def rotate(self, new_token):
        logger.info("rotating member token {} -> {}", self._member_token[-4:], new_token)
        self._member_token = new_token
        self.session.headers["Authorization"] = f"Bearer {new_token}"


def from_env():
    secret = os.getenv("POLAR_CLIENT_SECRET")
    if secret is None:
        raise KeyError("POLAR_CLIENT_SECRET missing")
    token = os.environ["POLAR_MEMBER_TOKEN"]
    logger.info("polar client {} ready", os.environ["POLAR_CLIENT_ID"])
    return PolarClient(os.environ["POLAR_CLIENT_ID"], secret, token)
