"""Old-style service class (pre-dataclass) wrapping the ModelRed generation-3 client.

Used by the billing-reconciliation cron; kept deliberately boring.
"""
import logging
import os

from modelred import ModelRed, ModelRedError, NotFound, Forbidden, LimitExceeded

logger = logging.getLogger(__name__)


class ScanService(object):
    TOKEN_ENV = "MODELRED_API_KEY"
    DEFAULT_PACKS = ["jailbreak-basic", "pii-leak"]

    def __init__(self, key=None, timeout=20.0):
        self.key = key or os.environ.get(self.TOKEN_ENV)
        self.timeout = timeout
        if not self.key:
            raise EnvironmentError("no key: set %s" % self.TOKEN_ENV)
        if not self.key.startswith("mr_"):
            raise EnvironmentError("%s is not a ModelRed key: '%s'" % (self.TOKEN_ENV, self.key))
        self._client = ModelRed(self.key, timeout=self.timeout)

    def __str__(self):
        return "<ScanService timeout=%s key=%s>" % (self.timeout, self.key)

    def scan(self, model_id, packs=None):
        packs = packs or self.DEFAULT_PACKS
        logger.info("scanning %s with %s (timeout %.0fs)", model_id, ",".join(packs), self.timeout)
        try:
            return self._client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except NotFound:
            logger.warning("model %s unknown to ModelRed", model_id)
            return None
        except (Forbidden, LimitExceeded) as exc:
            logger.error("scan of %s refused: %s", model_id, exc)
            return {"ok": False, "reason": exc.__class__.__name__}
        except ModelRedError as exc:
            return {"ok": False, "reason": "modelred: %s" % exc}

    def recent(self, limit=20):
        items = self._client.list_assessments(limit=limit)
        logger.debug("%s fetched %d assessments", self, len(items))
        return items
