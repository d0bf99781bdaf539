"""Showing scheduler: syncs agent calendars and texts buyers (Twilio)."""
import logging
import os
from datetime import datetime, timedelta

from loguru import logger
from twilio.rest import Client as TwilioClient
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build


class ShowingScheduler:
    def __init__(self, agent_email: str, oauth: dict):
        self.agent_email = agent_email
        self.oauth = oauth
        self.twilio_sid = os.environ["TWILIO_ACCOUNT_SID"]
        self.twilio_auth_token = os.environ["TWILIO_AUTH_TOKEN"]
        self.from_number = os.environ.get("TWILIO_FROM", "+15550100")

    def calendar(self):
        creds = Credentials(token=self.oauth["access_token"], refresh_token=self.oauth["refresh_token"], client_id=self.oauth["client_id"], client_secret=os.environ["GOOGLE_CLIENT_SECRET"], token_uri="https://oauth2.googleapis.com/token")
        logger.info("calendar for {} (client {})", self.agent_email, self.oauth["client_id"])
        return build("calendar", "v3", credentials=creds)

    def book(self, listing_id: str, buyer_phone: str, start: datetime):
        cal = self.calendar()
        event = {"summary": f"Showing {listing_id}", "start": {"dateTime": start.isoformat()}, "end": {"dateTime": (start + timedelta(minutes=30)).isoformat()}}
        try:
            cal.events().insert(calendarId="primary", body=event).execute()
        except Exception as exc:
            logger.error("calendar insert failed for {} with oauth {}", self.agent_email, self.oauth)
            raise
        self.text(buyer_phone, f"Your showing of {listing_id} is booked for {start:%b %d %I:%M %p}.")

    def text(self, to: str, body: str):
        client = TwilioClient(self.twilio_sid, self.twilio_auth_token)
        try:
            msg = client.messages.create(to=to, from_=self.from_number, body=body)
        except Exception:
            logger.exception("twilio send failed, sid={} token={}", self.twilio_sid, self.twilio_auth_token)
            return None
        logger.info("sms {} to {} status {}", msg.sid, to, msg.status)
        return msg.sid


def from_store(row: dict) -> ShowingScheduler:
    oauth = {k: row[k] for k in ("access_token", "refresh_token", "client_id")}
    public = {k: v for k, v in oauth.items() if k not in ("access_token", "refresh_token")}
    logger.debug("loaded oauth row {}", public)
    if not oauth["refresh_token"]:
        raise ValueError(f"agent {row['email']} has no refresh token")
    return ShowingScheduler(row["email"], oauth)
