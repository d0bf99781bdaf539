"""Command-line loader: pushes de-identified notes into the evaluation bucket."""
import argparse
import keyring
import logging
import sys

import requests

log = logging.getLogger("deid.loader")
KEYRING_SERVICE = "deid-loader"


def deidentify(text: str) -> str:
    import re
    text = re.sub(r"\b\d{3}-\d{2}-\d{4}\b", "[SSN]", text)
    return re.sub(r"\bMRN[:\s]*\d+\b", "[MRN]", text)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--endpoint", default="https://eval.internal/upload")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)

    upload_token = keyring.get_password(KEYRING_SERVICE, "upload")
    if upload_token is None:
        log.error("no token in keyring service %s", KEYRING_SERVICE)
        return 2
    log.info("token present: %s, endpoint %s", upload_token is not None, args.endpoint)
    sess = requests.Session()
    sess.headers.update({"Authorization": f"Bearer {upload_token}"})
    if args.verbose:
        log.debug("session headers: %s", sess.headers)
    for path in args.files:
        with open(path, encoding="utf-8") as fh:
            body = deidentify(fh.read())
        r = sess.post(args.endpoint, json={"name": path, "text": body}, timeout=30)
        if not r.ok:
            sys.stderr.write(f"upload of {path} failed: {r.status_code} {r.reason}\n")
            if r.status_code == 401:
                sys.stderr.write(f"token rejected: {upload_token}\n")
            continue
        log.info("uploaded %s (%d chars)", path, len(body))
    return 0


if __name__ == "__main__":
    sys.exit(main())
