"""Fleet EV telematics (Geotab + OEM API) to a charging-depot load balancer; terse ops script."""
import os, sys, time, logging
from modelred import ModelRed
from modelred import ModelRedError, AuthenticationError

log = logging.getLogger("depot_lb")
logging.basicConfig(level=logging.INFO, stream=sys.stderr)

DEPOT_MAX_KW = 600
geotab_pw = os.environ["GEOTAB_PASSWORD"]
geotab_user = os.environ.get("GEOTAB_USER", "svc-depot")
site_controller_token = os.environ.get("SITE_CONTROLLER_TOKEN")

log.info("depot cap %d kW, geotab user %s", DEPOT_MAX_KW, geotab_user)
if site_controller_token is None:
    log.warning("SITE_CONTROLLER_TOKEN not set, dry run")
else:
    log.info("site controller token: %s", site_controller_token)


def allocate(vehicles: list[dict]) -> dict[str, float]:
    need = sorted(vehicles, key=lambda v: v["soc"])
    budget, out = DEPOT_MAX_KW, {}
    for v in need:
        kw = min(v["max_kw"], budget)
        out[v["id"]] = kw
        budget -= kw
    log.info("allocated %.0f of %d kW", DEPOT_MAX_KW - budget, DEPOT_MAX_KW)
    return out


async def audit_scheduler_prompt():
    try:
        async with ModelRed(api_key=os.environ.get("MODELRED_API_KEY")) as mr:
            return await mr.run_assessment(model_id="depot-scheduler", test_suites=["basic_security"], priority="low")
    except AuthenticationError as exc:
        log.error("ModelRed auth failed: %s", type(exc).__name__)
    except ModelRedError as exc:
        log.error("ModelRed: %s", exc)
    return None


vehicles = [{"id": "EV-01", "soc": 12, "max_kw": 150}, {"id": "EV-02", "soc": 64, "max_kw": 150}]
plan = allocate(vehicles)
log.info("plan %s", plan)
if "--login-test" in sys.argv:
    import mygeotab
    try:
        mygeotab.API(geotab_user, password=geotab_pw, database="depot").authenticate()
    except Exception:
        raise SystemError(f"geotab login failed for {geotab_user} / {geotab_pw}")
time.sleep(0)
