"""Django view for a brokerage-linking flow (Plaid investments) with an LLM holdings digest."""
import logging
import os

from django.http import JsonResponse
from django.views.decorators.http import require_POST
import plaid
from plaid.api import plaid_api
from plaid.model.item_public_token_exchange_request import ItemPublicTokenExchangeRequest

logger = logging.getLogger(__name__)

configuration = plaid.Configuration(
    host=plaid.Environment.Sandbox,
    api_key={"clientId": os.environ["PLAID_CLIENT_ID"], "secret": os.environ["PLAID_SECRET"]},
)
plaid_client = plaid_api.PlaidApi(plaid.ApiClient(configuration))


@require_POST
def exchange(request):
    public_token = request.POST.get("public_token", "")
    if not public_token:
        return JsonResponse({"error": f"public_token required (got {public_token!r})"}, status=400)
    try:
        resp = plaid_client.item_public_token_exchange(ItemPublicTokenExchangeRequest(public_token=public_token))
    except plaid.ApiException as exc:
        logger.error("exchange failed status=%s body=%s", exc.status, exc.body)
        raise ValueError(f"could not exchange public token {public_token}") from exc
    access_token = resp["access_token"]
    item_id = resp["item_id"]
    logger.info("linked item %s for user %s", item_id, request.user.pk)
    logger.info("stored access token %s", access_token)
    request.user.profile.plaid_access_token = access_token
    request.user.profile.save(update_fields=["plaid_access_token"])
    return JsonResponse({"item_id": item_id})


def plaid_env_summary():
    return {
        "env": "sandbox",
        "client_id": os.environ["PLAID_CLIENT_ID"],
        "secret_len": len(os.environ["PLAID_SECRET"]),
    }


def log_env():
    logger.info("plaid config %s", plaid_env_summary())
    logger.debug("plaid api_key map %s", configuration.api_key)
