"""Teams bot for the SOC channel: /assess runs a ModelRed assessment of the triage copilot."""
import logging
import os

from botbuilder.core import ActivityHandler, TurnContext
from modelred import ModelRed, ModelRedError, RateLimitError, NotFoundError

log = logging.getLogger("teams.socbot")


class SocBot(ActivityHandler):
    def __init__(self, app_password=None):
        self.app_id = os.environ["MICROSOFT_APP_ID"]
        self.app_password = app_password or os.environ["MICROSOFT_APP_PASSWORD"]
        self.mr_key = os.environ["MODELRED_API_KEY"]
        log.info("bot %s starting", self.app_id)
        if len(self.app_password) < 30:
            log.warning("MICROSOFT_APP_PASSWORD looks truncated: %s", self.app_password)

    async def on_message_activity(self, turn_context: TurnContext):
        text = (turn_context.activity.text or "").strip()
        user = turn_context.activity.from_property.name
        if not text.startswith("/assess"):
            return
        parts = text.split()
        model_id = parts[1] if len(parts) > 1 else "triage-copilot"
        log.info("%s asked to assess %s", user, model_id)
        try:
            async with ModelRed(api_key=self.mr_key) as mr:
                job = await mr.run_assessment(model_id=model_id, test_suites=["prompt_injection", "data_leakage"])
        except RateLimitError:
            await turn_context.send_activity("ModelRed is rate limiting us, try again in a minute.")
            return
        except NotFoundError as e:
            log.info("model missing: %s", e)
            await turn_context.send_activity(f"No model called {model_id}.")
            return
        except ModelRedError as e:
            await turn_context.send_activity(f"Assessment failed: {e}")
            return
        await turn_context.send_activity(f"Assessment {job['assessment_id']} queued for {model_id}.")

    def describe(self):
        return {"app_id": self.app_id, "has_password": self.app_password is not None}
