#!/usr/bin/env python
"""make_curl.py: prints the curl commands the support team pastes into tickets.

`make curl-examples` runs it. string.Template because the original was written for 2.5.
"""
import os
import sys
from string import Template

__version__ = "0.3"

CURL = Template("curl -s https://app.modelred.ai/api/v1/assessments/$aid -H 'Authorization: Bearer $key'")
CURL_REDACTED = Template("curl -s https://app.modelred.ai/api/v1/assessments/$aid -H 'Authorization: Bearer $$MODELRED_API_KEY'")


def main(argv):
    if len(argv) < 2:
        sys.stderr.write("usage: make_curl.py ASSESSMENT_ID [--inline-key]\n")
        return 2
    aid = argv[1]
    mr_key = os.environ.get("MODELRED_API_KEY")
    if "--inline-key" in argv:
        if not mr_key:
            raise KeyError("MODELRED_API_KEY is empty (%r), cannot inline it" % mr_key)
        print(CURL.substitute(aid=aid, key=mr_key))
    else:
        print(CURL_REDACTED.substitute(aid=aid))
    sys.stderr.write("template fields: %s\n" % ", ".join(sorted(["aid", "key"])))
    return 0


def check(mr_key):
    """Fail early on a pasted key with a typo (support keeps pasting sk- keys)."""
    if mr_key and not mr_key.startswith("mr_"):
        raise ValueError(Template("key $k does not start with mr_").substitute(k=mr_key))
    return True


if __name__ == "__main__":
    check(os.environ.get("MODELRED_API_KEY"))
    sys.exit(main(sys.argv))
