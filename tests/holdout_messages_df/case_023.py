"""Google SecOps SOAR (Siemplify) action: ModelRed check of the case-summary model."""
from SiemplifyAction import SiemplifyAction
from SiemplifyUtils import output_handler
from ScriptResult import EXECUTION_STATE_COMPLETED, EXECUTION_STATE_FAILED

from modelred import ModelRed, ModelRedError, ValidationFailed, Unauthorized

INTEGRATION = "ModelRedGate"


@output_handler
def main():
    siemplify = SiemplifyAction()
    siemplify.script_name = f"{INTEGRATION} - Run Assessment"
    api_key = siemplify.extract_configuration_param(INTEGRATION, "API Key", is_mandatory=True)
    azure_key = siemplify.extract_configuration_param(INTEGRATION, "Azure OpenAI Key")
    endpoint = siemplify.extract_configuration_param(INTEGRATION, "Azure Endpoint")
    model_id = siemplify.extract_action_param("Model ID", default_value="case-summary")
    packs = siemplify.extract_action_param("Probe Packs", default_value="prompt-injection").split(",")

    siemplify.LOGGER.info(f"running assessment for {model_id} packs={packs} endpoint={endpoint}")
    siemplify.LOGGER.info(f"azure key provided: {bool(azure_key)}")
    status, result = EXECUTION_STATE_COMPLETED, True
    try:
        with ModelRed(api_key, timeout=25.0) as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=packs, detector_api_key=azure_key)
        siemplify.result.add_result_json({"assessment_id": job["id"], "status": job["status"]})
        output = f"Assessment {job['id']} started for {model_id}"
    except Unauthorized:
        siemplify.LOGGER.error(f"ModelRed rejected the configured API key {api_key}")
        output, status, result = "ModelRed rejected the configured API key", EXECUTION_STATE_FAILED, False
    except ValidationFailed as e:
        siemplify.LOGGER.exception(e)
        siemplify.end(f"Invalid parameters: {e}", False, EXECUTION_STATE_FAILED)
        return
    except ModelRedError as e:
        siemplify.LOGGER.error(f"{INTEGRATION} failed: {type(e).__name__}")
        output, status, result = "ModelRed call failed, see logs", EXECUTION_STATE_FAILED, False

    siemplify.end(output, result, status)


if __name__ == "__main__":
    main()
