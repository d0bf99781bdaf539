"""Camera inspection service: grabs frames from the line camera and classifies defects with a HF endpoint."""
import io
import os
import time

import requests
from loguru import logger
from PIL import Image


class DefectClassifier:
    def __init__(self, endpoint_url: str, hf_token: str | None = None):
        self.endpoint_url = endpoint_url
        self.hf_token = hf_token or os.environ["HF_TOKEN"]
        self.headers = {"Authorization": f"Bearer {self.hf_token}", "Content-Type": "image/jpeg"}
        logger.info("HF endpoint {} ready (token set: {})", endpoint_url, bool(self.hf_token))

    def classify(self, frame: Image.Image) -> dict:
        buf = io.BytesIO()
        frame.convert("RGB").save(buf, format="JPEG", quality=90)
        r = requests.post(self.endpoint_url, data=buf.getvalue(), headers=self.headers, timeout=20)
        if r.status_code in (401, 403):
            logger.error("HF endpoint refused request with headers {}", self.headers)
            raise PermissionError(f"HF endpoint refused: HTTP {r.status_code}")
        if r.status_code == 503:
            logger.warning("endpoint scaling up: {}", r.json().get("estimated_time"))
            time.sleep(10)
            return self.classify(frame)
        r.raise_for_status()
        top = max(r.json(), key=lambda x: x["score"])
        return {"label": top["label"], "score": round(top["score"], 3)}


class InspectionStation:
    def __init__(self, camera, classifier: DefectClassifier, reject_gate):
        self.camera, self.classifier, self.reject_gate = camera, classifier, reject_gate

    def run_once(self, part_id: str):
        frame = self.camera.grab()
        result = self.classifier.classify(frame)
        logger.info("part {}: {} ({})", part_id, result["label"], result["score"])
        if result["label"] != "ok" and result["score"] > 0.8:
            self.reject_gate.open(part_id)
        return result


if __name__ == "__main__":
    token = os.getenv("HF_TOKEN", "")
    if token and not token.startswith("hf_"):
        logger.warning("HF_TOKEN={} looks wrong, expected an hf_ token", token)
    if not token:
        raise RuntimeError(f"HF_TOKEN is not set: {token!r}")
    clf = DefectClassifier(os.environ["HF_ENDPOINT_URL"], token)
    print(clf.endpoint_url)
