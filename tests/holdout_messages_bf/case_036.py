"""Physio clinic booking assistant: Rasa-style action server calling a ModelRed-vetted LLM."""
import logging
import os

import requests
from modelred import ModelRed, NotAllowedForApiKey, Unauthorized, APIError

action_log = logging.getLogger("physio.actions")

MINDBODY_API_KEY = os.environ["MINDBODY_API_KEY"]
MINDBODY_SITE_ID = os.environ.get("MINDBODY_SITE_ID", "-99")
MINDBODY_BASE = "https://api.mindbodyonline.com/public/v6"


class ActionBookAppointment:
    def name(self):
        return "action_book_appointment"

    def __init__(self):
        self.staff_token = os.environ["MINDBODY_STAFF_TOKEN"]
        self.headers = {"Api-Key": MINDBODY_API_KEY, "SiteId": MINDBODY_SITE_ID, "Authorization": self.staff_token}

    def run(self, dispatcher, tracker, domain):
        slots = tracker.current_slot_values()
        body = {"ClientId": slots.get("client_id"), "SessionTypeId": slots.get("session_type"), "StartDateTime": slots.get("start")}
        r = requests.post(f"{MINDBODY_BASE}/appointment/addappointment", json=body, headers=self.headers, timeout=20)
        if r.status_code >= 400:
            action_log.error("mindbody %s at site %s: %s", r.status_code, MINDBODY_SITE_ID, r.text)
            dispatcher.utter_message(text="Sorry, I couldn't book that slot. A physio will call you back.")
            return []
        action_log.info("booked for client %s (staff token ...%s)", slots.get("client_id"), self.staff_token[-4:])
        dispatcher.utter_message(text="You're booked! See you soon.")
        return []


class ActionSafetyStatus:
    def name(self):
        return "action_safety_status"

    def run(self, dispatcher, tracker, domain):
        try:
            with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
                models = client.list_models(limit=1)
        except (Unauthorized, NotAllowedForApiKey) as e:
            action_log.error("modelred auth problem: %s", type(e).__name__)
            dispatcher.utter_message(text="Safety status is unavailable right now.")
            return []
        except APIError as e:
            dispatcher.utter_message(text=f"Safety check error: {e}")
            return []
        dispatcher.utter_message(text=f"{len(models.get('data', []))} assistant model(s) are monitored.")
        return []


def warm_up():
    action = ActionBookAppointment()
    action_log.debug("mindbody headers %s", action.headers)
    return action
