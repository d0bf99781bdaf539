"""Our library's facade over ModelRed (import modelred as mr, SDK 0.1.40)."""
import logging

import modelred as mr

log = logging.getLogger("acme.redteam")


class RedTeamError(Exception):
    """Raised to callers of this library."""


class RedTeamUnavailable(RedTeamError):
    pass


class RedTeam:
    def __init__(self, api_key: str, *, timeout: float = 20.0):
        if not api_key.startswith("mr_"):
            raise RedTeamError(f"expected a ModelRed key starting with mr_, got {api_key[:3]!r}")
        self._client = mr.ModelRed(api_key, timeout=timeout)
        self._key_len = len(api_key)

    def packs(self, pack_id):
        try:
            return self._client.get_probe_pack(pack_id)
        except mr.NotFound as e:
            raise RedTeamError(str(e)) from e
        except mr.Unauthorized:
            raise RedTeamUnavailable("ModelRed rejected the configured key") from None

    def assessments(self, **filters):
        try:
            return self._client.list_assessments(**filters)
        except mr.RateLimited:
            raise
        except mr.APIError as e:
            log.warning("list_assessments failed: status=%s request_id=%s", e.status_code,
                        getattr(e, "request_id", None))
            raise RedTeamUnavailable("ModelRed is unavailable") from e

    def cancel(self, assessment_id):
        try:
            self._client.cancel_assessment(assessment_id)
        except mr.Conflict as e:
            return {"cancelled": False, "reason": e.args[0] if e.args else "conflict"}
        except mr.ModelRedError as e:
            raise RedTeamError(f"cancel failed ({type(e).__name__})") from e
        return {"cancelled": True}
