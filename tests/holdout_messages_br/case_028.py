"""Shared HTTP helper for internal tools calling the LLM gateway; raises with context."""
import logging

import requests

logger = logging.getLogger("llm_gateway")


class GatewayError(Exception):
    def __init__(self, message, status_code=None, request_id=None):
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id


class GatewayClient:
    def __init__(self, base_url, api_key, team):
        self.base_url = base_url
        self.api_key = api_key
        self.team = team
        self.session = requests.Session()
        self.session.headers.update({"x-api-key": api_key, "x-team": team})

    def complete(self, prompt, max_tokens=256):
        r = self.session.post(f"{self.base_url}/v1/complete", json={"prompt": prompt, "max_tokens": max_tokens}, timeout=30)
        if r.status_code == 401:
            raise GatewayError(f"gateway rejected key for team {self.team}", status_code=401, request_id=r.headers.get("x-request-id"))
        if r.status_code >= 400:
            raise GatewayError(f"gateway error {r.status_code}: {r.text}", status_code=r.status_code)
        data = r.json()
        logger.info("team %s used %s tokens", self.team, data.get("usage", {}).get("total_tokens"))
        return data["text"]

    def debug_dump(self):
        logger.debug("gateway session headers: %s", dict(self.session.headers))

    def switch_team(self, team, api_key):
        if api_key == self.api_key:
            raise GatewayError(f"team {team} reuses the key of team {self.team}: {api_key}")
        self.team, self.api_key = team, api_key
        self.session.headers.update({"x-api-key": api_key, "x-team": team})
        logger.info("switched to team %s", team)


def from_settings(settings):
    client = GatewayClient(settings["gateway_url"], settings["gateway_key"], settings["team"])
    logger.info("gateway %s for %s", settings["gateway_url"], settings["team"])
    return client
