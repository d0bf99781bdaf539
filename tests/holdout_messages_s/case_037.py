"""The platform's ModelRed error types: what callers see when an assessment cannot run."""
import logging
import os

from modelred import ModelRed, APIError, Unauthorized, ValidationFailed

log = logging.getLogger("platform.errors")


class GateError(Exception):
    """Carries a human message plus machine fields for the API layer."""

    def __init__(self, message: str, *, status: int = 500, key_hint: str | None = None, team: str | None = None):
        super().__init__(message)
        self.status = status
        self.key_hint = key_hint
        self.team = team

    def to_dict(self) -> dict:
        return {"error": str(self), "status": self.status, "team": self.team}


class KeyRejected(GateError):
    def __init__(self, team: str, api_key: str):
        super().__init__(f"ModelRed rejected the key {api_key} configured for {team}", status=401, team=team)
        self.api_key_last4 = api_key[-4:]


def start(team: str, model_id: str, packs: list[str]) -> str:
    api_key = os.environ[f"MODELRED_KEY_{team.upper()}"]
    try:
        with ModelRed(api_key) as client:
            return client.create_assessment(model_id=model_id, probe_pack_ids=packs)["id"]
    except Unauthorized:
        raise KeyRejected(team, api_key) from None
    except ValidationFailed as exc:
        raise GateError(f"invalid request for {model_id}", status=422, key_hint=api_key[-4:], team=team) from exc
    except APIError as exc:
        log.error("team %s: %s", team, exc)
        raise GateError(f"ModelRed failed: {exc}", status=502, team=team) from exc


def validate_team_key(team: str) -> None:
    api_key = os.environ.get(f"MODELRED_KEY_{team.upper()}", "")
    if not api_key:
        raise GateError(f"team {team} has no ModelRed key configured", status=500, team=team)
    if len(api_key) < 12:
        raise GateError(f"key for {team} too short: {api_key}", status=500, key_hint=api_key[:3])
