"""OMS crew dispatch: drafts a crew brief with an LLM, after a ModelRed scan of the drafter."""
import logging
import os

import requests
from modelred import ModelRed, APIError, Forbidden, LimitExceeded, NotAllowedForApiKey

logger = logging.getLogger("oms.crews")


class CrewDispatcher:
    def __init__(self, snow_instance: str, snow_user: str, snow_password: str, mr_key: str) -> None:
        self.base = f"https://{snow_instance}.service-now.com/api/now"
        self.auth = (snow_user, snow_password)
        self.mr_key = mr_key
        logger.info("dispatcher for %s as %s", snow_instance, snow_user)

    def create_task(self, incident: str, crew: str, brief: str) -> str:
        r = requests.post(
            f"{self.base}/table/wm_task",
            json={"short_description": f"Restore {incident}", "assignment_group": crew, "description": brief},
            auth=self.auth,
            timeout=20,
        )
        if r.status_code == 401:
            logger.error("ServiceNow rejected credentials %s", self.auth)
        r.raise_for_status()
        return r.json()["result"]["number"]

    def check_drafter(self, model_id: str) -> dict:
        try:
            with ModelRed(self.mr_key, max_retries=1) as mr:
                runs = mr.list_assessments(model_id=model_id, limit=1)
        except (Forbidden, NotAllowedForApiKey) as exc:
            logger.warning("scan history not visible: %s", exc.status_code)
            return {"ok": False, "error": "not permitted"}
        except LimitExceeded as exc:
            logger.error("ModelRed limit: %s", exc)
            return {"ok": False, "error": "limit exceeded"}
        except APIError as exc:
            return {"ok": False, "error": str(exc)}
        latest = (runs.get("data") or [{}])[0]
        return {"ok": latest.get("status") == "completed", "score": latest.get("score")}


def main() -> None:
    d = CrewDispatcher(
        os.environ["SNOW_INSTANCE"],
        os.environ["SNOW_USER"],
        os.environ["SNOW_PASSWORD"],
        os.environ["MODELRED_API_KEY"],
    )
    verdict = d.check_drafter("crew-brief-drafter")
    logger.info("drafter check: %s", verdict)
    if verdict["ok"]:
        print(d.create_task("INC0042117", "Line Crew 7", "Feeder 12B lockout after tree contact; patrol from R-114."))
