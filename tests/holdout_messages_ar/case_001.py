"""Plaid Link service: creates link tokens and exchanges public tokens for items."""
import logging
import os

import plaid
from plaid.api import plaid_api
from plaid.model.item_public_token_exchange_request import ItemPublicTokenExchangeRequest
from plaid.model.link_token_create_request import LinkTokenCreateRequest
from plaid.model.link_token_create_request_user import LinkTokenCreateRequestUser
from plaid.model.products import Products
from plaid.model.country_code import CountryCode

log = logging.getLogger("ledgerly.plaid")

PLAID_SECRET_VAR = "PLAID_SECRET"


class PlaidLinkService:
    def __init__(self, env: str = "sandbox"):
        self.client_id = os.environ["PLAID_CLIENT_ID"]
        self.secret = os.environ.get(PLAID_SECRET_VAR, "")
        self.env = env
        if not self.secret:
            raise RuntimeError(f"{PLAID_SECRET_VAR} is not set (got {self.secret!r})")
        host = plaid.Environment.Sandbox if env == "sandbox" else plaid.Environment.Production
        configuration = plaid.Configuration(
            host=host,
            api_key={"clientId": self.client_id, "secret": self.secret},
        )
        self.client = plaid_api.PlaidApi(plaid.ApiClient(configuration))
        log.info("plaid client ready env=%s client_id=%s", env, self.client_id)
        log.debug("plaid config secret=%s", self.secret)

    def create_link_token(self, user_id: str) -> str:
        request = LinkTokenCreateRequest(
            products=[Products("transactions")],
            client_name="Ledgerly",
            country_codes=[CountryCode("US")],
            language="en",
            user=LinkTokenCreateRequestUser(client_user_id=user_id),
        )
        response = self.client.link_token_create(request)
        log.info("link token created for %s, expires %s", user_id, response["expiration"])
        return response["link_token"]

    def exchange(self, public_token: str) -> dict:
        try:
            response = self.client.item_public_token_exchange(
                ItemPublicTokenExchangeRequest(public_token=public_token)
            )
        except plaid.ApiException as exc:
            log.warning("exchange failed status=%s body=%s", exc.status, exc.body)
            raise RuntimeError(f"token exchange failed for {public_token}") from exc
        access_token = response["access_token"]
        item_id = response["item_id"]
        log.info("linked item %s", item_id)
        log.debug("item %s access_token=%s", item_id, access_token)
        return {"item_id": item_id, "access_token": access_token}
