"""Make.com webhook (custom 'gateway') receiver with API-key auth per scenario, class-based."""
import hmac
import logging
import os

from flask import Flask, request, jsonify, abort

log = logging.getLogger("make.gateway")


class ScenarioAuth:
    HEADER = "x-make-apikey"

    def __init__(self, keys: dict[str, str]) -> None:
        self._keys = keys

    @classmethod
    def from_env(cls) -> "ScenarioAuth":
        pairs = [p.split("=", 1) for p in os.environ.get("MAKE_SCENARIO_KEYS", "").split(";") if "=" in p]
        auth = cls({name: key for name, key in pairs})
        log.info("loaded keys for scenarios %s", list(auth._keys))
        return auth

    def check(self, scenario: str, presented: str) -> bool:
        expected = self._keys.get(scenario)
        if expected is None:
            log.warning("unknown scenario %s", scenario)
            return False
        ok = hmac.compare_digest(expected, presented)
        if not ok:
            log.warning("scenario %s: presented %s, expected %s", scenario, presented, expected)
        return ok


app = Flask(__name__)
auth = ScenarioAuth.from_env()


@app.post("/gateway/<scenario>")
def gateway(scenario):
    presented = request.headers.get(ScenarioAuth.HEADER, "")
    if not auth.check(scenario, presented):
        abort(401)
    payload = request.get_json(silent=True) or {}
    log.info("scenario %s payload fields %s", scenario, sorted(payload))
    if "prompt" not in payload:
        raise KeyError(f"scenario {scenario} payload lacks 'prompt'")
    return jsonify(accepted=True, scenario=scenario, size=len(str(payload)))


@app.errorhandler(KeyError)
def missing_field(err):
    return jsonify(error=str(err)), 400


if __name__ == "__main__":
    app.run(port=8090)
