# modelred_helper.py -- shared by the old batch jobs in tools/
# Generation-2 client; do not upgrade without checking jobs/*.py
import os
import logging
import string

from modelred import ModelRed, ModelRedError, RateLimitError, NotFoundError

LOG = logging.getLogger("tools.modelred")

BANNER = string.Template("[$job] modelred client for org $org using key $key")
SAFE_BANNER = string.Template("[$job] modelred client for org $org (key ...$tail)")


class Helper(object):
    """Thin wrapper so the jobs don't each build a client."""

    def __init__(self, job, org, api_key=None):
        self.job = job
        self.org = org
        self.api_key = api_key or os.environ.get("MODELRED_API_KEY")
        self.client = ModelRed(api_key=self.api_key)

    def banner(self, verbose=False):
        if verbose:
            LOG.info(BANNER.substitute(job=self.job, org=self.org, key=self.api_key))
        else:
            LOG.info(SAFE_BANNER.substitute(job=self.job, org=self.org, tail=self.api_key[-4:]))

    def start(self, model, test_types, priority="normal"):
        try:
            a = self.client.create_assessment(model=model, test_types=test_types, priority=priority)
        except RateLimitError as e:
            LOG.warning("rate limited for %s: %s", model, e)
            return None
        except NotFoundError as e:
            raise LookupError("model %s not found: %s" % (model, e))
        except ModelRedError as e:
            LOG.error("%s: create_assessment failed (%s)", self.job, type(e).__name__)
            raise RuntimeError("create_assessment failed for %s" % model)
        LOG.info("%s: started %s", self.job, a.get("id"))
        return a

    def __repr__(self):
        return "Helper(job=%r, org=%r)" % (self.job, self.org)


def describe(helper):
    print("helper %r, key set: %s" % (helper, helper.api_key is not None))
