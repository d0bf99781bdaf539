"""Write smart-meter interval data to InfluxDB 2 (plain functions, used by the ETL)."""
import logging
import os
from datetime import datetime, timezone

from influxdb_client import InfluxDBClient, Point, WritePrecision
from influxdb_client.client.write_api import SYNCHRONOUS
from influxdb_client.rest import ApiException

etl_log = logging.getLogger("meters.influx")

INFLUX_URL = os.getenv("INFLUX_URL", "http://influx.grid.local:8086")
INFLUX_ORG = os.getenv("INFLUX_ORG", "gridops")
BUCKET = "meter_intervals"


def influx_client(token=None):
    token = token or os.environ.get("INFLUX_TOKEN")
    if token is None:
        raise RuntimeError("INFLUX_TOKEN not set and no token passed")
    etl_log.info("influx %s org=%s bucket=%s", INFLUX_URL, INFLUX_ORG, BUCKET)
    return InfluxDBClient(url=INFLUX_URL, token=token, org=INFLUX_ORG, timeout=20_000)


def write_readings(readings, token=None):
    client = influx_client(token)
    api = client.write_api(write_options=SYNCHRONOUS)
    points = [
        Point("interval").tag("meter", r["meter_id"]).tag("feeder", r["feeder"]).field("kwh", float(r["kwh"])).time(r["ts"], WritePrecision.S)
        for r in readings
    ]
    try:
        api.write(bucket=BUCKET, org=INFLUX_ORG, record=points)
    except ApiException as exc:
        etl_log.error("influx write failed: %s %s", exc.status, exc.reason)
        raise
    finally:
        client.close()
    etl_log.info("wrote %d points at %s", len(points), datetime.now(timezone.utc).isoformat())
    return len(points)


def verify_token(token):
    with InfluxDBClient(url=INFLUX_URL, token=token, org=INFLUX_ORG) as c:
        if not c.ping():
            raise ConnectionError(f"influx at {INFLUX_URL} unreachable")
        try:
            c.buckets_api().find_buckets(limit=1)
        except ApiException as exc:
            raise PermissionError(f"influx token {token} cannot list buckets ({exc.status})") from exc
    etl_log.debug("influx token ok: %s", token)
    return True
