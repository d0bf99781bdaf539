"""Route optimiser service: Google Routes API + OR-Tools, logging with loguru."""
import os

import requests
from loguru import logger
from ortools.constraint_solver import pywrapcp

ROUTES_URL = "https://routes.googleapis.com/distanceMatrix/v2:computeRouteMatrix"
FIELD_MASK = "originIndex,destinationIndex,duration,distanceMeters"


class MatrixClient:
    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.environ["GOOGLE_ROUTES_API_KEY"]
        self.project = os.environ.get("GCP_PROJECT", "dispatch-prod")
        logger.info("matrix client for project {} (key set: {})", self.project, bool(self.api_key))

    def matrix(self, stops):
        hdrs = {"X-Goog-Api-Key": self.api_key, "X-Goog-FieldMask": FIELD_MASK}
        body = {
            "origins": [{"waypoint": {"location": {"latLng": s}}} for s in stops],
            "destinations": [{"waypoint": {"location": {"latLng": s}}} for s in stops],
        }
        r = requests.post(ROUTES_URL, json=body, headers=hdrs, timeout=30)
        if r.status_code == 403:
            logger.error("routes API forbidden, key={}", self.api_key)
            return None
        logger.debug("routes API {} field mask {}", r.status_code, FIELD_MASK)
        n = len(stops)
        m = [[0] * n for _ in range(n)]
        for el in r.json():
            m[el["originIndex"]][el["destinationIndex"]] = int(el.get("duration", "0s").rstrip("s"))
        return m


def solve(matrix):
    n = len(matrix)
    mgr = pywrapcp.RoutingIndexManager(n, 1, 0)
    routing = pywrapcp.RoutingModel(mgr)
    cb = routing.RegisterTransitCallback(lambda i, j: matrix[mgr.IndexToNode(i)][mgr.IndexToNode(j)])
    routing.SetArcCostEvaluatorOfAllVehicles(cb)
    sol = routing.SolveWithParameters(pywrapcp.DefaultRoutingSearchParameters())
    idx, order = routing.Start(0), []
    while not routing.IsEnd(idx):
        order.append(mgr.IndexToNode(idx))
        idx = sol.Value(routing.NextVar(idx))
    return order


if __name__ == "__main__":
    client = MatrixClient()
    stops = [{"latitude": 48.85, "longitude": 2.35}, {"latitude": 48.86, "longitude": 2.29}]
    mtx = client.matrix(stops)
    if mtx is None:
        raise SystemExit(1)
    logger.info("best order {}", solve(mtx))
