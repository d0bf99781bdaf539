"""Lock-in amplifier sweep (Zurich Instruments MFLI) with results written to InfluxDB and a
Panel page where the operator can ask ModelRed to check the sweep-commentary model."""
import logging
import os

import panel as pn
import zhinst.core
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS
from modelred import ModelRed, ModelRedError

log = logging.getLogger("mfli.sweep")
pn.extension(notifications=True)


class SweepRecorder:
    def __init__(self, device="dev5123", bucket="transport"):
        self.device = device
        self.bucket = bucket
        self.org = os.environ.get("INFLUX_ORG", "qtransport")
        self.token = os.environ["INFLUX_TOKEN"]
        self.influx = InfluxDBClient(url=os.environ.get("INFLUX_URL", "http://influx.lab:8086"), token=self.token, org=self.org)
        self.daq = zhinst.core.ziDAQServer("localhost", 8004, 6)
        log.info("recorder for %s -> %s/%s", device, self.org, bucket)

    def record(self, freqs):
        write = self.influx.write_api(write_options=SYNCHRONOUS)
        for f in freqs:
            self.daq.setDouble(f"/{self.device}/oscs/0/freq", f)
            sample = self.daq.getSample(f"/{self.device}/demods/0/sample")
            p = Point("lockin").tag("device", self.device).field("freq", f).field("x", float(sample["x"][0]))
            try:
                write.write(bucket=self.bucket, record=p)
            except Exception as exc:
                raise ConnectionError(f"InfluxDB write refused (org {self.org}, token {self.token})") from exc
        log.info("recorded %d points", len(freqs))


class CommentaryCheck:
    def __init__(self):
        self.mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
        self.button = pn.widgets.Button(name="Check commentary model", button_type="primary")
        self.button.on_click(self.check)

    def check(self, _event):
        try:
            job = self.mr.create_assessment(model="mfli-sweep-commentary", test_types=["hallucination"], priority="low")
        except ModelRedError as e:
            log.error("check failed: %s", e)
            pn.state.notifications.error(f"ModelRed: {e}", duration=8000)
            return
        pn.state.notifications.info(f"assessment {job['id']} queued")


rec = SweepRecorder()
pn.Column("## MFLI sweep", CommentaryCheck().button).servable()
