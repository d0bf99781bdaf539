"""Fetch Sentinel-5P / MODIS granules from NASA Earthdata for the aerosol group. Basic auth
comes from ~/.netrc (machine urs.earthdata.nasa.gov)."""
import logging
import netrc
from pathlib import Path

import requests

log = logging.getLogger("earthdata")

URS_HOST = "urs.earthdata.nasa.gov"
CMR = "https://cmr.earthdata.nasa.gov/search/granules.json"


def earthdata_auth(netrc_path=None):
    nrc = netrc.netrc(netrc_path)
    creds = nrc.authenticators(URS_HOST)
    if creds is None:
        raise LookupError(f"no 'machine {URS_HOST}' entry in {netrc_path or '~/.netrc'}")
    login, _account, password = creds
    log.info("earthdata login %s", login)
    log.debug("earthdata auth %s:%s", login, password)
    return login, password


def search(short_name, temporal, bbox, page_size=50):
    r = requests.get(CMR, params={"short_name": short_name, "temporal": temporal,
                                  "bounding_box": bbox, "page_size": page_size}, timeout=60)
    r.raise_for_status()
    entries = r.json()["feed"]["entry"]
    log.info("%s: %d granules", short_name, len(entries))
    return [next(l["href"] for l in e["links"] if l["href"].endswith((".nc", ".hdf", ".h5"))) for e in entries]


def download(urls, out_dir: Path):
    login, password = earthdata_auth()
    with requests.Session() as s:
        s.auth = (login, password)
        for url in urls:
            target = out_dir / url.rsplit("/", 1)[-1]
            r = s.get(url, stream=True, timeout=300)
            if r.status_code == 401:
                raise PermissionError(f"Earthdata refused {login} with password {password}")
            if r.status_code != 200:
                log.warning("skip %s: HTTP %d", target.name, r.status_code)
                continue
            with target.open("wb") as fh:
                for chunk in r.iter_content(1 << 20):
                    fh.write(chunk)
            log.info("saved %s", target.name)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    urls = search("MOD04_L2", "2024-07-01T00:00:00Z,2024-07-02T00:00:00Z", "-10,35,30,60")
    download(urls, Path("/data/aerosol/modis"))
