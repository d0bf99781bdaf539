"""Toast API client (partner integration) used by the inventory forecaster."""
import logging
import os
import time

import requests

log = logging.getLogger("toast.client")

TOAST_HOST = os.environ.get("TOAST_API_HOST", "https://ws-api.toasttab.com")
TOKEN_FIELD = "accessToken"


class ToastAuthError(Exception):
    pass


class ToastClient:
    def __init__(self, client_id: str, client_secret: str, restaurant_guid: str):
        self.client_id = client_id
        self.client_secret = client_secret
        self.restaurant_guid = restaurant_guid
        self._access_token = None
        self._expires_at = 0

    def login(self) -> None:
        r = requests.post(f"{TOAST_HOST}/authentication/v1/authentication/login",
                          json={"clientId": self.client_id, "clientSecret": self.client_secret, "userAccessType": "TOAST_MACHINE_CLIENT"}, timeout=15)
        if r.status_code != 200:
            raise ToastAuthError(f"Toast login {r.status_code} for client {self.client_id}: {r.text}")
        token = r.json()["token"]
        self._access_token = token[TOKEN_FIELD]
        self._expires_at = time.time() + token["expiresIn"]
        log.info("Toast token type %s, expires in %ss", token["tokenType"], token["expiresIn"])

    def get(self, path: str, **params):
        if time.time() > self._expires_at - 60:
            self.login()
        headers = {"Authorization": f"Bearer {self._access_token}", "Toast-Restaurant-External-ID": self.restaurant_guid}
        r = requests.get(f"{TOAST_HOST}{path}", headers=headers, params=params, timeout=30)
        if r.status_code == 401:
            raise ToastAuthError(f"token {self._access_token} rejected on {path}")
        r.raise_for_status()
        return r.json()


def orders_for_day(client: ToastClient, business_date: str) -> list:
    guids = client.get("/orders/v2/orders", businessDate=business_date)
    log.info("%d orders on %s for %s", len(guids), business_date, client.restaurant_guid)
    return guids


if __name__ == "__main__":
    c = ToastClient(os.environ["TOAST_CLIENT_ID"], os.environ["TOAST_CLIENT_SECRET"], os.environ["TOAST_RESTAURANT_GUID"])
    print("client secret:", c.client_secret)
    print(len(orders_for_day(c, "20261130")))
