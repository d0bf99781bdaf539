"""Pulumi program: Azure OpenAI account, deployment and a Key Vault secret for the key."""

import pulumi
import pulumi_azure_native as azure_native

cfg = pulumi.Config()
location = cfg.get("location") or "swedencentral"
admin_password = cfg.require_secret("pgAdminPassword")
bootstrap_key = cfg.get("bootstrapKey")

rg = azure_native.resources.ResourceGroup("llm-rg", location=location)

account = azure_native.cognitiveservices.Account(
    "llm-aoai",
    resource_group_name=rg.name,
    kind="OpenAI",
    sku=azure_native.cognitiveservices.SkuArgs(name="S0"),
    location=location,
)

deployment = azure_native.cognitiveservices.Deployment(
    "gpt4o",
    resource_group_name=rg.name,
    account_name=account.name,
    properties=azure_native.cognitiveservices.DeploymentPropertiesArgs(
        model=azure_native.cognitiveservices.DeploymentModelArgs(format="OpenAI", name="gpt-4o", version="2024-08-06"),
    ),
    sku=azure_native.cognitiveservices.SkuArgs(name="Standard", capacity=30),
)

keys = azure_native.cognitiveservices.list_account_keys_output(resource_group_name=rg.name, account_name=account.name)

pulumi.log.info(f"deploying Azure OpenAI in {location}")
if bootstrap_key:
    pulumi.log.warn(f"bootstrapKey set in stack config: {bootstrap_key}")
    if not bootstrap_key.startswith("sk-"):
        raise pulumi.RunError(f"bootstrapKey is not an OpenAI key: {bootstrap_key}")

vault = azure_native.keyvault.Vault(
    "llm-kv",
    resource_group_name=rg.name,
    properties=azure_native.keyvault.VaultPropertiesArgs(
        tenant_id=cfg.require("tenantId"),
        sku=azure_native.keyvault.SkuArgs(family="A", name="standard"),
        enable_rbac_authorization=True,
    ),
)

azure_native.keyvault.Secret(
    "aoai-key",
    resource_group_name=rg.name,
    vault_name=vault.name,
    secret_name="azure-openai-key",
    properties=azure_native.keyvault.SecretPropertiesArgs(value=keys.key1),
)

pulumi.export("endpoint", account.properties.endpoint)
pulumi.export("deployment", deployment.name)
pulumi.export("pgAdminPassword", admin_password)
keys.key1.apply(lambda k: pulumi.log.info(f"aoai key length {len(k)}"))
