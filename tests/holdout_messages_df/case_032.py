"""Azure Monitor Logs (Sentinel workspace) KQL queries with a client-secret credential."""
import logging
import os
from datetime import timedelta

from azure.core.exceptions import ClientAuthenticationError
from azure.identity import ClientSecretCredential
from azure.monitor.query import LogsQueryClient, LogsQueryStatus

log = logging.getLogger("sentinel.kql")

WORKSPACE_ID = os.environ["SENTINEL_WORKSPACE_ID"]


def credential():
    tenant, client_id = os.environ["AZ_TENANT_ID"], os.environ["AZ_CLIENT_ID"]
    secret = os.environ["AZ_CLIENT_SECRET"]
    log.info("using app %s in tenant %s", client_id, tenant)
    return ClientSecretCredential(tenant, client_id, secret)


def token_debug(cred):
    tok = cred.get_token("https://api.loganalytics.io/.default")
    log.debug("log analytics token expires_on=%s", tok.expires_on)
    log.debug("log analytics bearer: %s", tok.token)
    return tok


def query(kql, hours=24):
    client = LogsQueryClient(credential())
    try:
        resp = client.query_workspace(WORKSPACE_ID, kql, timespan=timedelta(hours=hours))
    except ClientAuthenticationError as e:
        log.error("auth to workspace %s failed: %s", WORKSPACE_ID, e.message)
        raise
    if resp.status == LogsQueryStatus.PARTIAL:
        log.warning("partial result: %s", resp.partial_error)
        tables = resp.partial_data
    else:
        tables = resp.tables
    rows = [dict(zip(t.columns, row)) for t in tables for row in t.rows]
    log.info("kql returned %d rows", len(rows))
    return rows


SIGNINS = """SigninLogs
| where ResultType != 0
| summarize failures = count() by UserPrincipalName, IPAddress
| where failures > 20"""

if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    for row in query(SIGNINS):
        print(row["UserPrincipalName"], row["IPAddress"], row["failures"])
