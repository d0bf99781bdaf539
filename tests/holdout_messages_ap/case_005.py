"""Salesforce opportunity exporter: reads open opportunities and drafts follow-up notes."""
import configparser
import logging
from pathlib import Path

from simple_salesforce import Salesforce, SalesforceAuthenticationFailed
from modelred import ModelRed, ModelRedError

log = logging.getLogger("sfdc.export")
CONFIG_PATH = Path.home() / ".config" / "sales-tools" / "salesforce.ini"


class OpportunityExporter:
    def __init__(self, profile="default"):
        cfg = configparser.ConfigParser()
        cfg.read(CONFIG_PATH)
        section = cfg[profile]
        self.username = section["username"]
        self.domain = section.get("domain", "login")
        self._login_kwargs = {
            "username": section["username"],
            "password": section["password"],
            "security_token": section["security_token"],
            "domain": self.domain,
        }
        self.sf = None

    def connect(self):
        log.info("logging in as %s on %s", self.username, self.domain)
        log.debug("sf login kwargs: %r", self._login_kwargs)
        try:
            self.sf = Salesforce(**self._login_kwargs)
        except SalesforceAuthenticationFailed as exc:
            token = self._login_kwargs["security_token"]
            raise ConnectionError(f"Salesforce login failed for {self.username} with token {token}") from exc
        log.info("connected to %s (API %s)", self.sf.sf_instance, self.sf.sf_version)
        log.debug("session established: %s", bool(self.sf.session_id))

    def open_opportunities(self):
        soql = "SELECT Id, Name, StageName, Amount FROM Opportunity WHERE IsClosed = false"
        records = self.sf.query_all(soql)["records"]
        log.info("%d open opportunities", len(records))
        return records


async def register_followup_model(openai_key):
    async with ModelRed() as client:
        try:
            await client.register_openai_model(model_id="sfdc-followups", api_key=openai_key, model_name="gpt-4o")
        except ModelRedError as exc:
            log.error("register failed (%s)", type(exc).__name__)
            return False
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    exporter = OpportunityExporter()
    exporter.connect()
    for opp in exporter.open_opportunities():
        print(opp["Id"], opp["Name"], opp["StageName"])
