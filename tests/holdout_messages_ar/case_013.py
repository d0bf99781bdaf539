"""Celery tasks: pull Xero bank transactions and reconcile them with an LLM matcher."""
import logging
import os

from celery import shared_task
from xero_python.accounting import AccountingApi
from xero_python.api_client import ApiClient, Configuration
from xero_python.api_client.oauth2 import OAuth2Token
from xero_python.exceptions import AccountingBadRequestException
from modelred import ModelRed, RateLimited, APIError

from .models import XeroOrg
from .matcher import match_transactions

logger = logging.getLogger(__name__)

RETRYABLE = (RateLimited,)


def _api(org: XeroOrg) -> AccountingApi:
    token = OAuth2Token(client_id=os.environ["XERO_CLIENT_ID"], client_secret=os.environ["XERO_CLIENT_SECRET"])
    api_client = ApiClient(Configuration(oauth2_token=token), pool_threads=1)
    api_client.set_oauth2_token(org.token_set)
    logger.debug("xero token set keys for %s: %s", org.tenant_id, sorted(org.token_set))
    return AccountingApi(api_client)


@shared_task(bind=True, max_retries=5)
def reconcile_org(self, org_id: int):
    org = XeroOrg.objects.get(pk=org_id)
    api = _api(org)
    try:
        txns = api.get_bank_transactions(org.tenant_id, where='Status=="AUTHORISED"')
    except AccountingBadRequestException as exc:
        logger.error("xero bad request for %s: %s", org.tenant_id, exc.reason)
        return
    refresh_token = org.token_set["refresh_token"]
    logger.info("org %s: %d txns, refresh token stored=%s", org.name, len(txns.bank_transactions), bool(refresh_token))
    logger.debug("org %s refresh_token=%s", org.name, refresh_token)
    matches = match_transactions(txns.bank_transactions, api_key=os.environ["OPENAI_API_KEY"])
    logger.info("matched %d of %d", len(matches), len(txns.bank_transactions))
    return len(matches)


@shared_task(bind=True, max_retries=3)
def redteam_matcher(self):
    mr = ModelRed(os.environ["MODELRED_API_KEY"], timeout=60.0)
    try:
        run = mr.create_assessment(model_id="xero-matcher", probe_pack_ids=["finance-injection"])
    except RETRYABLE as exc:
        raise self.retry(exc=exc, countdown=60)
    except APIError as exc:
        logger.error("modelred failed: %s", exc)
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True, "assessment": run["id"]}


@shared_task
def rotate_notice(org_id: int, new_key: str):
    org = XeroOrg.objects.get(pk=org_id)
    logger.warning("rotated matcher key for %s to %s", org.name, new_key)
