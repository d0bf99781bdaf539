"""Demo LMS plugin shipped to schools with a trial key (ModelRed generation 3)."""
import logging
import warnings

from modelred import ModelRed, Unauthorized

plugin_log = logging.getLogger("lms_demo")

TRIAL_KEY = "mr_xbwFfvOMASuYPVtiXS187aFAcldDGKolzKKuYCsT"
TRIAL_LABEL = "school-trial"
TRIAL_MAX_TOKENS = 256


class DemoPlugin:
    def __init__(self, school: str, api_key: str | None = None):
        self.school = school
        self.key = api_key or TRIAL_KEY
        self.label = TRIAL_LABEL if api_key is None else school

    def start(self):
        if self.key == TRIAL_KEY:
            warnings.warn(f"{self.school} is running on the trial key {TRIAL_KEY}")
        plugin_log.info("demo for %s label=%s max_tokens=%d", self.school, self.label, TRIAL_MAX_TOKENS)
        with ModelRed(self.key, timeout=10.0) as mr:
            try:
                models = mr.list_models()
            except Unauthorized:
                plugin_log.error("key for %s rejected: %s", self.school, self.key)
                return []
        return [m["id"] for m in models.get("data", [])]

    def packs(self):
        with ModelRed(self.key) as mr:
            owned = mr.list_owned_probes()
        plugin_log.info("%d probe packs for %s", len(owned.get("data", [])), self.school)
        return owned


def main():
    plugin = DemoPlugin("Springfield High")
    ids = plugin.start()
    plugin_log.info("models: %s", ids)
    plugin.packs()


if __name__ == "__main__":
    main()
