"""League management: fixture generator and referee notifications over Twilio."""
import logging
import os
from itertools import combinations

from twilio.rest import Client

league_log = logging.getLogger("league.fixtures")


class LeagueNotifier:
    def __init__(self):
        self.account_sid = os.environ["TWILIO_ACCOUNT_SID"]
        self.auth_token = os.environ["TWILIO_AUTH_TOKEN"]
        self.from_number = os.environ.get("TWILIO_FROM", "+15550100")
        self.client = Client(self.account_sid, self.auth_token)

    def __repr__(self):
        return f"LeagueNotifier(sid={self.account_sid}, from={self.from_number})"

    def notify_referee(self, phone, fixture):
        body = f"You are refereeing {fixture['home']} v {fixture['away']} on {fixture['date']}"
        try:
            self.client.messages.create(to=phone, from_=self.from_number, body=body)
        except Exception as exc:
            league_log.error("twilio failed for %s via %r: %s", phone, self, exc)
            league_log.error("twilio credentials sid=%s token=%s", self.account_sid, self.auth_token)
            raise


def round_robin(teams):
    fixtures = []
    for week, (home, away) in enumerate(combinations(teams, 2), start=1):
        fixtures.append({"week": week, "home": home, "away": away, "date": f"2025-W{week:02d}"})
    league_log.info("generated %d fixtures for %d teams", len(fixtures), len(teams))
    return fixtures


def publish(teams, referees):
    notifier = LeagueNotifier()
    fixtures = round_robin(teams)
    for fx, ref_phone in zip(fixtures, referees):
        notifier.notify_referee(ref_phone, fx)
    league_log.info("notified referees using account %s", notifier.account_sid)
    return fixtures


def check_webhook_signature(request_token, expected):
    if request_token != expected:
        raise PermissionError(f"bad Twilio webhook token {request_token}")
    return True


if __name__ == "__main__":
    publish(["Rovers", "United", "Athletic", "Wanderers"], ["+15550111", "+15550112"])
