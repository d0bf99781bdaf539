"""errors.py - register JSON error handlers on the Flask app"""
import logging

from flask import Flask, jsonify
from modelred import ModelRedError, AuthenticationError, QuotaExceededError

log = logging.getLogger(__name__)


def register(app: Flask) -> None:
    @app.errorhandler(AuthenticationError)
    def _auth(e):
        log.error("ModelRed auth failure: %s", e)
        return jsonify(error="red team service is misconfigured"), 503

    @app.errorhandler(QuotaExceededError)
    def _quota(e):
        return jsonify(error="quota exceeded", kind=type(e).__name__), 429

    @app.errorhandler(ModelRedError)
    def _generic(e):
        log.warning("ModelRed error bubbled up: %r", e)
        return jsonify(error="red team request failed", detail=str(e)), 502

    @app.errorhandler(500)
    def _500(e):
        return jsonify(error="internal error"), 500


def create_app(config: dict) -> Flask:
    app = Flask(__name__)
    app.config.update(config)
    register(app)
    log.info("app created with config keys %s", sorted(config))
    log.debug("app config: %s", app.config)
    return app


if __name__ == "__main__":
    import os
    a = create_app({"MODELRED_API_KEY": os.environ.get("MODELRED_API_KEY"), "ENV": "dev"})
    a.run()
