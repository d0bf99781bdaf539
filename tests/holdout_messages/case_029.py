"""Errors raised by our LLM proxy layer."""
import logging

logger = logging.getLogger("proxy")


class ProxyError(Exception):
    def __init__(self, message, status_code=500, entity_id=None, completion_kwargs=None):
        self.message = message
        self.status_code = status_code
        self.entity_id = entity_id
        self.completion_kwargs = completion_kwargs or {}
        super().__init__(message)


def route(request: dict, router) -> dict:
    completion_kwargs = {"model": request["model"], "api_key": request["api_key"], "messages": request["messages"]}
    try:
        return router.completion(**completion_kwargs)
    except TimeoutError:
        raise ProxyError("upstream timeout", status_code=504, entity_id=request.get("team_id"), completion_kwargs=completion_kwargs)
    except ConnectionError as e:
        raise ProxyError(f"cannot reach {request['model']}: {e}", status_code=502)
    except ValueError:
        logger.error("bad request for team %s", request.get("team_id"))
        raise ProxyError(f"bad request: {completion_kwargs}", status_code=400)
