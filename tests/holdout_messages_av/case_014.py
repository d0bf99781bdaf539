"""Google Earth Engine service-account bootstrap for the drought monitor."""
import json
import logging
import os

import ee
from google.cloud import secretmanager

logger = logging.getLogger("drought.ee")

PROJECT = os.getenv("GCP_PROJECT", "agri-drought")
SA_SECRET = f"projects/{PROJECT}/secrets/ee-service-account/versions/latest"


def load_service_account():
    sm = secretmanager.SecretManagerServiceClient()
    payload = sm.access_secret_version(name=SA_SECRET).payload.data.decode()
    info = json.loads(payload)
    logger.info("service account %s (project %s, key id %s)", info["client_email"], info["project_id"], info["private_key_id"][:4])
    return info


def init_ee():
    info = load_service_account()
    private_key = info["private_key"]
    if not private_key.startswith("-----BEGIN PRIVATE KEY-----"):
        raise ValueError(f"service account private key is malformed: {private_key}")
    creds = ee.ServiceAccountCredentials(info["client_email"], key_data=json.dumps(info))
    try:
        ee.Initialize(creds, project=PROJECT)
    except ee.EEException as exc:
        logger.error("Earth Engine init failed for %s: %s", info["client_email"], exc)
        raise
    logger.debug("service account json: %s", info)
    return creds


def vci(region_geojson, start, end):
    init_ee()
    geom = ee.Geometry(region_geojson)
    ndvi = ee.ImageCollection("MODIS/061/MOD13Q1").filterDate(start, end).select("NDVI")
    hist = ee.ImageCollection("MODIS/061/MOD13Q1").filterDate("2001-01-01", start).select("NDVI")
    vmin, vmax = hist.min(), hist.max()
    cur = ndvi.mean()
    index = cur.subtract(vmin).divide(vmax.subtract(vmin)).multiply(100)
    stats = index.reduceRegion(ee.Reducer.mean(), geom, 250).getInfo()
    logger.info("VCI %s..%s: %s", start, end, stats)
    return stats.get("NDVI")


if __name__ == "__main__":
    print(vci({"type": "Point", "coordinates": [36.8, -1.3]}, "2024-01-01", "2024-03-31"))
