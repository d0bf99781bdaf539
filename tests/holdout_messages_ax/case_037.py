#!/usr/bin/env python3
"""Cortex analyzer: ModelRedRisk -- looks up the latest ModelRed assessment of a model
observable and reports its risk level to the analyst in TheHive."""
import logging
import sys

from cortexutils.analyzer import Analyzer
from modelred import ModelRed, ModelRedError, NotFound, Unauthorized

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("ModelRedRisk")


class ModelRedRiskAnalyzer(Analyzer):
    def __init__(self):
        Analyzer.__init__(self)
        self.api_key = self.get_param("config.key", None, "ModelRed API key is missing")
        self.max_age_days = self.get_param("config.max_age_days", 30)
        self.proxies = self.get_param("config.proxy", None)
        log.info("analyzer config: max_age_days=%s proxy=%s", self.max_age_days, bool(self.proxies))

    def summary(self, raw):
        level = "malicious" if raw.get("risk") == "high" else "safe"
        return {"taxonomies": [self.build_taxonomy(level, "ModelRed", "Risk", raw.get("risk", "unknown"))]}

    def run(self):
        if self.data_type != "other":
            self.error("ModelRedRisk only accepts 'other' observables holding a model id")
        model_id = self.get_data()
        log.info("looking up %s", model_id)
        try:
            with ModelRed(self.api_key) as client:
                page = client.list_assessments(model_id=model_id, limit=1)
        except Unauthorized:
            log.error("ModelRed rejected the configured key %s", self.api_key)
            self.error("ModelRed authentication failed; check the analyzer configuration.")
        except NotFound:
            self.report({"model": model_id, "risk": "unknown", "found": False})
            return
        except ModelRedError as e:
            self.error(f"ModelRed lookup failed: {e}")
        items = page.get("data", [])
        if not items:
            self.report({"model": model_id, "risk": "unknown", "found": True})
            return
        latest = items[0]
        log.info("latest assessment %s score %s", latest["id"], latest.get("score"))
        self.report({"model": model_id, "risk": latest.get("risk_level"), "assessment": latest["id"]})


if __name__ == "__main__":
    ModelRedRiskAnalyzer().run()
