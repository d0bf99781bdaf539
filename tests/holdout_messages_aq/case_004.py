"""FastAPI booking engine: itinerary risk screening through ModelRed (generation 3)."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from modelred import ModelRed, APIError, Unauthorized, NotFound

app = FastAPI(title="booking-engine")
log = logging.getLogger("booking.api")

MR_KEY = os.environ.get("MODELRED_API_KEY")
PARTNER_HEADER = "X-Partner-Key"


def partner_ok(partner_key: str) -> bool:
    allowed = set(os.environ.get("PARTNER_KEYS", "").split(","))
    return partner_key in allowed


@app.post("/itineraries/{pnr}/screen")
def screen(pnr: str, x_partner_key: str = Header(...)):
    if not partner_ok(x_partner_key):
        log.warning("partner rejected: header %s value %s", PARTNER_HEADER, x_partner_key)
        raise HTTPException(status_code=403, detail=f"unknown partner key {x_partner_key}")
    log.info("screening pnr=%s via header %s", pnr, PARTNER_HEADER)
    with ModelRed(MR_KEY, timeout=15.0, max_retries=2) as client:
        try:
            job = client.create_assessment(model_id="itinerary-assistant", probe_pack_ids=["pii-travel"], priority="high")
        except Unauthorized as e:
            log.error("modelred unauthorized (status %s)", getattr(e, "status_code", "?"))
            raise HTTPException(status_code=502, detail="screening unavailable")
        except NotFound as e:
            raise HTTPException(status_code=404, detail=str(e))
        except APIError as e:
            log.exception("screening failed for %s", pnr)
            raise HTTPException(status_code=500, detail=type(e).__name__)
    return {"pnr": pnr, "assessment": job.get("id")}


@app.get("/health")
def health():
    return {"modelred_key_set": MR_KEY is not None, "key_tail": (MR_KEY or "")[-4:]}
