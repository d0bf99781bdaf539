"""Async scanning library: errors it raises to its callers."""
from __future__ import annotations

import logging

from modelred import AsyncModelRed, Forbidden, NotAllowedForApiKey, Unauthorized
from modelred import APIError as ModelRedAPIError

log = logging.getLogger("asyncscan")


class ScanError(Exception):
    """Raised by this library; callers show it to their users."""


class ScanAuthError(ScanError):
    pass


async def run(client: AsyncModelRed, model: str, packs: list[str]) -> str:
    try:
        a = await client.create_assessment(model=model, probe_pack_ids=packs)
    except (Unauthorized, Forbidden) as e:
        raise ScanAuthError(str(e)) from None
    except NotAllowedForApiKey as e:
        log.info("not allowed: %s", e)
        raise ScanAuthError("this API key may not run assessments") from e
    except ModelRedAPIError as e:
        raise ScanError("ModelRed API error: " + getattr(e, "message", str(e))) from e
    return a.id
