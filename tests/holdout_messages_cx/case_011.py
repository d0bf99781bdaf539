"""Pull recent papers on a target (ADS) and the HST/JWST products that go with them
(MAST), for the observing-proposal background section."""
import logging
import os

import requests
from astroquery.mast import Observations

log = logging.getLogger("proposal.background")

ADS_URL = "https://api.adsabs.harvard.edu/v1/search/query"
ADS_TOKEN_ENV = "ADS_API_TOKEN"
MAST_TOKEN_ENV = "MAST_API_TOKEN"


def ads_search(target, ads_token, rows=25):
    r = requests.get(
        ADS_URL,
        params={"q": f'object:"{target}" year:2019-2025', "fl": "bibcode,title,citation_count", "rows": rows},
        headers={"Authorization": f"Bearer {ads_token}"},
        timeout=30,
    )
    if r.status_code == 401:
        raise PermissionError(f"ADS refused token {ads_token} (HTTP {r.status_code})")
    if r.status_code == 429:
        raise RuntimeError(f"ADS rate limit: {r.headers.get('X-RateLimit-Reset')}")
    r.raise_for_status()
    docs = r.json()["response"]["docs"]
    log.info("ADS: %d papers for %s", len(docs), target)
    return docs


def mast_products(target, mast_token):
    if mast_token:
        Observations.login(token=mast_token)
        log.info("MAST login with token %s", mast_token)
    else:
        log.info("no %s set, public data only", MAST_TOKEN_ENV)
    obs = Observations.query_criteria(objectname=target, obs_collection=["HST", "JWST"], dataproduct_type="image")
    log.info("MAST: %d observations", len(obs))
    return obs


def background(target):
    ads_token = os.environ.get(ADS_TOKEN_ENV, "")
    if not ads_token:
        raise KeyError(f"{ADS_TOKEN_ENV} is empty ({ads_token!r}); get one at ui.adsabs.harvard.edu")
    docs = ads_search(target, ads_token)
    obs = mast_products(target, os.environ.get(MAST_TOKEN_ENV))
    top = sorted(docs, key=lambda d: d.get("citation_count", 0), reverse=True)[:5]
    lines = [f"- {d['bibcode']}: {d['title'][0]}" for d in top]
    lines.append(f"{len(obs)} archival HST/JWST images")
    return "\n".join(lines)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(background("NGC 1068"))
