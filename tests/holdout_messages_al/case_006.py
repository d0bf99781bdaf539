"""Salesforce NPSP donor sync: pulls recent gifts for the thank-you letter generator."""
import logging
import os

from simple_salesforce import Salesforce, SalesforceAuthenticationFailed

log = logging.getLogger("npsp.sync")

SF_USERNAME = os.environ["SF_USERNAME"]
SF_PASSWORD = os.environ["SF_PASSWORD"]
SF_SECURITY_TOKEN = os.environ["SF_SECURITY_TOKEN"]
SF_DOMAIN = os.environ.get("SF_DOMAIN", "login")
TOKEN_ENV_NAME = "SF_SECURITY_TOKEN"


def connect():
    log.info("connecting to Salesforce as %s (domain=%s)", SF_USERNAME, SF_DOMAIN)
    try:
        return Salesforce(username=SF_USERNAME, password=SF_PASSWORD,
                          security_token=SF_SECURITY_TOKEN, domain=SF_DOMAIN)
    except SalesforceAuthenticationFailed as exc:
        log.error("Salesforce login failed for %s: %s", SF_USERNAME, exc.code)
        raise RuntimeError(f"Salesforce login failed for {SF_USERNAME} with token {SF_SECURITY_TOKEN}: {exc.code}")


def recent_gifts(sf, days=7):
    soql = ("SELECT Id, Amount, CloseDate, npsp__Primary_Contact__r.Name "
            "FROM Opportunity WHERE IsWon = true AND CloseDate = LAST_N_DAYS:%d" % days)
    res = sf.query_all(soql)
    log.info("fetched %d gifts (done=%s)", res["totalSize"], res["done"])
    return res["records"]


def main():
    log.debug("token env var: %s", TOKEN_ENV_NAME)
    sf = connect()
    log.debug("connected as %s with security token %s", SF_USERNAME, SF_SECURITY_TOKEN)
    log.debug("instance %s api version %s", sf.sf_instance, sf.sf_version)
    for g in recent_gifts(sf):
        name = (g.get("npsp__Primary_Contact__r") or {}).get("Name", "friend")
        log.debug("gift %s amount %s", g["Id"], g["Amount"])
        print(f"Thank-you queued for {name}: ${g['Amount']:.2f} on {g['CloseDate']}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
