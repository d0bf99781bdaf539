# exported notebook: debugging the ModelRed client's retries against a mock transport
import json
import httpx
from modelred import ModelRed, RateLimited, APIError

MR_KEY = "mr_mLX4tSIfZpydLW5E1SZBbJJWpC31ct4RYd63wDaB"
calls = []

def handler(request: httpx.Request) -> httpx.Response:
    calls.append(request)
    if len(calls) < 3:
        return httpx.Response(429, headers={"retry-after": "0"}, json={"error": "slow down"})
    return httpx.Response(200, json={"items": [], "total": 0})

transport = httpx.MockTransport(handler)
client = ModelRed(MR_KEY, transport=transport, max_retries=3, timeout=5.0)

# %%
print("key prefix:", MR_KEY[:3])
print("client key:", MR_KEY)

# %%
try:
    page = client.list_assessments()
    print("total:", page.get("total") if isinstance(page, dict) else len(page))
except RateLimited as e:
    print("still limited:", type(e).__name__)
except APIError as e:
    print("api error", getattr(e, "status_code", None))

# %%
print("calls made:", len(calls))
for i, req in enumerate(calls):
    print(i, req.method, req.url.path)
print("first request path:", calls[0].url.path)

# %%
bodies = [json.loads(r.content or b"{}") for r in calls]
print("bodies:", bodies)
auth_values = [r.headers.get("authorization", "") for r in calls]
print("auth schemes:", {v.split(" ")[0] for v in auth_values})
