"""GA4 + Google Ads landing-page report with a service account; model vetted through ModelRed."""
import json
import logging
import os

from google.analytics.data_v1beta import BetaAnalyticsDataClient
from google.analytics.data_v1beta.types import DateRange, Dimension, Metric, RunReportRequest
from google.oauth2 import service_account
from modelred import ModelRedClient, NotFoundError, ModelRedError

logger = logging.getLogger("reports.ga4")
SA_PATH = os.environ.get("GA4_SERVICE_ACCOUNT_FILE", "/secrets/ga4-sa.json")


def load_credentials():
    with open(SA_PATH) as fh:
        info = json.load(fh)
    logger.info("service account %s (key id %s)", info["client_email"], info["private_key_id"])
    if not info["private_key"].startswith("-----BEGIN PRIVATE KEY-----"):
        logger.error("malformed private key in %s: %s", SA_PATH, info["private_key"])
        raise ValueError(f"malformed private key in {SA_PATH}")
    return service_account.Credentials.from_service_account_info(info, scopes=["https://www.googleapis.com/auth/analytics.readonly"])


def landing_pages(property_id, days=28):
    client = BetaAnalyticsDataClient(credentials=load_credentials())
    req = RunReportRequest(
        property=f"properties/{property_id}",
        dimensions=[Dimension(name="landingPage"), Dimension(name="sessionCampaignName")],
        metrics=[Metric(name="sessions"), Metric(name="conversions")],
        date_ranges=[DateRange(start_date=f"{days}daysAgo", end_date="today")],
        limit=50,
    )
    resp = client.run_report(req)
    logger.info("GA4 property %s returned %d rows", property_id, resp.row_count)
    return [[v.value for v in r.dimension_values] + [m.value for m in r.metric_values] for r in resp.rows]


def summary_model_status(model_identifier="ga4-summary"):
    client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        model = client.get_model(model_identifier)
    except NotFoundError:
        return "not registered"
    except ModelRedError as exc:
        logger.warning("modelred get_model failed: %r", exc)
        return "unknown"
    return model.get("status", "unknown")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for row in landing_pages(os.environ["GA4_PROPERTY_ID"]):
        print("\t".join(row))
    print("summary model:", summary_model_status())
