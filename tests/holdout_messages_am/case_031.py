"""Headless storefront: customer sign-in through the Shopify Storefront API."""
from __future__ import annotations

import logging
import os

import httpx

log = logging.getLogger("headless.customer")

SHOP = os.environ["SHOPIFY_SHOP"]
STOREFRONT_VERSION = "2024-07"
LOGIN_MUTATION = """
mutation login($input: CustomerAccessTokenCreateInput!) {
  customerAccessTokenCreate(input: $input) {
    customerAccessToken { accessToken expiresAt }
    customerUserErrors { code field message }
  }
}
"""


class CustomerAuth:
    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.url = f"https://{SHOP}/api/{STOREFRONT_VERSION}/graphql.json"

    def login(self, email: str, password: str) -> str | None:
        log.info("login attempt for %s", email)
        resp = self.http.post(self.url, json={"query": LOGIN_MUTATION, "variables": {"input": {"email": email, "password": password}}})
        result = resp.json()["data"]["customerAccessTokenCreate"]
        errors = result["customerUserErrors"]
        if errors:
            log.warning("login failed for %s: %s", email, [e["code"] for e in errors])
            log.debug("login failed for %s with password %r", email, password)
            return None
        token = result["customerAccessToken"]
        log.info("customer %s signed in, token expires %s", email, token["expiresAt"])
        log.debug("customer access token %s", token["accessToken"])
        return token["accessToken"]

    def logout(self, access_token: str) -> bool:
        mutation = "mutation($t: String!) { customerAccessTokenDelete(customerAccessToken: $t) { deletedAccessToken } }"
        resp = self.http.post(self.url, json={"query": mutation, "variables": {"t": access_token}})
        log.info("logout status %s", resp.status_code)
        return resp.status_code == 200
