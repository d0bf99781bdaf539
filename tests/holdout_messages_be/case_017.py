"""Gift card / loyalty provider adapter (Paytronix-like REST API)."""
import base64
import logging

import requests

logger = logging.getLogger("giftcards")


class LoyaltyProviderError(Exception):
    pass


class PaytronixAdapter:
    def __init__(self, merchant_id: int, username: str, password: str, base_url: str):
        self.merchant_id = merchant_id
        self.username = username
        self._password = password
        self.base_url = base_url.rstrip("/")
        self._session = requests.Session()
        basic = base64.b64encode(f"{username}:{password}".encode()).decode()
        self._session.headers["Authorization"] = f"Basic {basic}"

    def __repr__(self):
        return f"PaytronixAdapter(merchant={self.merchant_id}, user={self.username})"

    def balance(self, card_number: str) -> float:
        logger.info("balance for card ****%s via %r", card_number[-4:], self)
        r = self._session.post(f"{self.base_url}/guest/accountInformation.json", json={"merchantId": self.merchant_id, "printedCardNumber": card_number})
        if r.status_code == 401:
            raise LoyaltyProviderError(f"login failed for {self.username} / {self._password}")
        data = r.json()
        if data.get("result") != "success":
            raise LoyaltyProviderError(f"balance failed: {data.get('errorCode')} {data.get('errorMessage')}")
        return data["storedValueBalance"]

    def debug_dump(self) -> None:
        logger.debug("basic auth %s:%s", self.username, self._password)
        logger.debug("merchant %s user %s base %s", self.merchant_id, self.username, self.base_url)


def from_settings(settings: dict) -> PaytronixAdapter:
    return PaytronixAdapter(
        merchant_id=settings["merchant_id"],
        username=settings["api_user"],
        password=settings["api_password"],
        base_url=settings.get("base_url", "https://api.pxslab.com/rest"),
    )
