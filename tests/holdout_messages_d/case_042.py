"""Resilient wrapper over the generation 3 SDK, imported as a module alias."""
import logging
import time

import modelred as mr

log = logging.getLogger("mr.wrapper")

RETRYABLE = (mr.RateLimited, mr.ServerError)


class UpstreamBusy(Exception):
    pass


class ServiceError(Exception):
    pass


def get_assessment(client: mr.ModelRed, assessment_id: str, attempts: int = 3) -> dict | None:
    for attempt in range(1, attempts + 1):
        try:
            return client.get_assessment(assessment_id)
        except RETRYABLE as e:
            if attempt == attempts:
                raise UpstreamBusy(f"ModelRed busy: {e}") from e
            log.info("attempt %d failed (%s), backing off", attempt, type(e).__name__)
            time.sleep(2 ** attempt)
        except mr.NotFound:
            return None
        except mr.APIError as e:
            raise ServiceError(f"ModelRed call failed: {type(e).__name__}") from e
    return None


def cancel(client: mr.ModelRed, assessment_id: str) -> bool:
    try:
        client.cancel_assessment(assessment_id)
    except mr.Conflict:
        return False
    except mr.ModelRedError:
        log.exception("cancel failed")
        raise
    return True
