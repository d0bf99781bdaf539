#!/usr/bin/python
"""Ansible module: modelred_model -- register an LLM endpoint with ModelRed (generation 1)."""
import asyncio

from ansible.module_utils.basic import AnsibleModule

try:
    from modelred import ModelRed, ModelRedError, ConflictError
    HAS_MODELRED = True
except ImportError:
    HAS_MODELRED = False

ARGS = dict(
    api_key=dict(type="str", required=True, no_log=True),
    model_id=dict(type="str", required=True),
    provider=dict(type="str", choices=["openai", "anthropic"], default="openai"),
    provider_api_key=dict(type="str", required=True, no_log=True),
    state=dict(type="str", choices=["present", "absent"], default="present"),
)


async def _ensure(p):
    async with ModelRed(api_key=p["api_key"]) as client:
        if p["state"] == "absent":
            await client.delete_model(p["model_id"])
            return True
        if p["provider"] == "openai":
            await client.register_openai_model(model_id=p["model_id"], api_key=p["provider_api_key"])
        else:
            await client.register_anthropic_model(model_id=p["model_id"], api_key=p["provider_api_key"])
        return True


def main():
    module = AnsibleModule(argument_spec=ARGS, supports_check_mode=True)
    p = module.params
    if not HAS_MODELRED:
        module.fail_json(msg="the modelred python package is required")
    module.log(f"modelred_model: model_id={p['model_id']} provider={p['provider']} state={p['state']}")
    if module.check_mode:
        module.exit_json(changed=True)
    try:
        changed = asyncio.run(_ensure(p))
    except ConflictError:
        module.exit_json(changed=False, msg="model already registered")
    except ModelRedError as e:
        module.fail_json(msg=f"ModelRed API error: {e}")
    module.warn(f"provider key rotated? key ends with {p['provider_api_key'][-4:]}")
    module.exit_json(changed=changed, model_id=p["model_id"])


if __name__ == "__main__":
    main()
