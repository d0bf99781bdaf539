"""Tool registry with decorators, home-grown: tools get a context object with credentials."""
import functools
import inspect
import logging
import os

log = logging.getLogger("toolbox")
_REGISTRY = {}


class ToolContext:
    def __init__(self, user_id: str, secrets: dict[str, str]):
        self.user_id = user_id
        self._secrets = secrets

    def secret(self, name: str) -> str:
        try:
            return self._secrets[name]
        except KeyError:
            raise KeyError(f"tool needs secret {name}, user {self.user_id} has {sorted(self._secrets)}")

    def __repr__(self) -> str:
        return f"ToolContext(user_id={self.user_id!r}, secrets={list(self._secrets)})"


def tool(*, requires=()):
    def wrap(fn):
        @functools.wraps(fn)
        def inner(ctx: ToolContext, **kwargs):
            for name in requires:
                ctx.secret(name)
            log.info("tool %s for %r", fn.__name__, ctx)
            return fn(ctx, **kwargs)

        _REGISTRY[fn.__name__] = (inner, requires, inspect.signature(fn))
        return inner

    return wrap


@tool(requires=("TAVILY_API_KEY",))
def search(ctx: ToolContext, query: str) -> list[str]:
    from tavily import TavilyClient

    tavily_key = ctx.secret("TAVILY_API_KEY")
    log.debug("tavily search %r with %s", query, tavily_key)
    res = TavilyClient(api_key=tavily_key).search(query, max_results=5)
    return [r["url"] for r in res["results"]]


@tool(requires=("OPENWEATHER_API_KEY",))
def weather(ctx: ToolContext, city: str) -> str:
    import requests

    owm_key = ctx.secret("OPENWEATHER_API_KEY")
    r = requests.get("https://api.openweathermap.org/data/2.5/weather", params={"q": city, "appid": owm_key}, timeout=10)
    if r.status_code == 401:
        raise PermissionError(f"OpenWeather rejected appid {owm_key}")
    return r.json()["weather"][0]["description"]


def context_from_env(user_id: str) -> ToolContext:
    names = {req for _, reqs, _ in _REGISTRY.values() for req in reqs}
    return ToolContext(user_id, {n: os.environ[n] for n in names if n in os.environ})
