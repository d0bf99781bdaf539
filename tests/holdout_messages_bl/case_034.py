"""Ansible module: llm_gateway_route -- configure a route on the LiteLLM-style gateway admin API."""
from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.urls import fetch_url

import json

ROUTE_ARGS = dict(
    gateway_url=dict(type="str", required=True),
    master_key=dict(type="str", required=True, no_log=True),
    route_name=dict(type="str", required=True),
    upstream_model=dict(type="str", required=True),
    upstream_api_key=dict(type="str", required=True, no_log=True),
    max_tokens=dict(type="int", default=1024),
)


def build_payload(p):
    return {
        "model_name": p["route_name"],
        "litellm_params": {"model": p["upstream_model"], "api_key": p["upstream_api_key"], "max_tokens": p["max_tokens"]},
    }


def run_module():
    module = AnsibleModule(argument_spec=ROUTE_ARGS, supports_check_mode=True)
    p = module.params
    master_key = p["master_key"]
    if not master_key.startswith("sk-"):
        module.fail_json(msg="master_key must start with sk-")
    payload = build_payload(p)
    if module._verbosity >= 3:
        module.debug(f"route payload: {json.dumps(payload)}")
    module.debug(f"route {p['route_name']} -> {p['upstream_model']} (max_tokens={p['max_tokens']})")
    if module.check_mode:
        module.exit_json(changed=True, route=p["route_name"])
    resp, info = fetch_url(
        module,
        p["gateway_url"].rstrip("/") + "/model/new",
        data=json.dumps(payload),
        headers={"Authorization": f"Bearer {master_key}", "Content-Type": "application/json"},
        method="POST",
    )
    if info["status"] == 401:
        raise Exception(f"gateway rejected master key {master_key} at {p['gateway_url']}")
    if info["status"] >= 400:
        module.fail_json(msg=f"gateway returned {info['status']}: {info.get('msg')}", body=info.get("body"))
    module.exit_json(changed=True, route=p["route_name"], model_id=json.loads(resp.read()).get("model_id"))


if __name__ == "__main__":
    run_module()
