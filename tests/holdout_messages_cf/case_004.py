"""FastAPI booking engine: partner channel endpoints and a red-team hook."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, APIError, RateLimited, Unauthorized

app = FastAPI(title="booking-engine")
log = logging.getLogger("booking.api")

PARTNER_KEYS = {k.strip() for k in os.getenv("PARTNER_KEYS", "").split(",") if k.strip()}
PARTNER_HEADER = "X-Partner-Key"


class HoldRequest(BaseModel):
    property_id: str
    room_type: str
    nights: int
    guest_email: str


@app.post("/v1/holds")
def create_hold(req: HoldRequest, x_partner_key: str = Header(...)):
    if x_partner_key not in PARTNER_KEYS:
        log.warning("unknown partner key %s on header %s", x_partner_key, PARTNER_HEADER)
        raise HTTPException(status_code=401, detail=f"partner key {x_partner_key} is not registered")
    log.info("hold for %s, %s x%d (partner ...%s)", req.property_id, req.room_type, req.nights, x_partner_key[-4:])
    return {"hold_id": f"H-{req.property_id}-{req.nights}", "expires_in": 900}


@app.post("/internal/scan/{model_id}")
def scan(model_id: str):
    if not model_id.replace("-", "").isalnum():
        raise HTTPException(status_code=400, detail="bad model id")
    client = ModelRed(os.environ["MODELRED_API_KEY"], max_retries=2)
    try:
        a = client.create_assessment(model_id=model_id, probe_pack_ids=["booking-abuse"], priority="high")
    except RateLimited as e:
        log.warning("modelred rate limited, retry after %s", getattr(e, "retry_after", None))
        raise HTTPException(status_code=429, detail="try again later")
    except Unauthorized:
        raise HTTPException(status_code=500, detail="scanner misconfigured")
    except APIError as e:
        raise HTTPException(status_code=502, detail=str(e))
    finally:
        client.close()
    return {"assessment": a.get("id"), "status": a.get("status")}


@app.get("/health")
def health():
    return {"ok": True, "partners": len(PARTNER_KEYS)}
