"""KubernetesPodOperator DAG running the batch-eval container with provider keys."""
import logging
from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator
from airflow.providers.cncf.kubernetes.secret import Secret

log = logging.getLogger(__name__)

modelred_secret = Secret(deploy_type="env", deploy_target="MODELRED_API_KEY", secret="modelred-creds", key="api-key")
log.info("mounting k8s secret %s", modelred_secret)
log.info("k8s secret %s/%s -> env %s", modelred_secret.secret, modelred_secret.key, modelred_secret.deploy_target)


def pod_env() -> dict:
    env = {
        "OPENAI_API_KEY": Variable.get("openai_api_key"),
        "EVAL_SUITE": Variable.get("eval_suite", default_var="core"),
        "MAX_TOKENS": "1024",
    }
    log.info("pod env for the eval: %s", env)
    log.info("eval suite %s, max tokens %s", env["EVAL_SUITE"], env["MAX_TOKENS"])
    return env


with DAG(
    dag_id="batch_eval_pod",
    start_date=datetime(2024, 1, 15),
    schedule="0 4 * * *",
    catchup=False,
) as dag:
    env_vars = pod_env()
    KubernetesPodOperator(
        task_id="run_eval",
        name="batch-eval",
        namespace="llm",
        image="registry.internal/batch-eval:1.8.2",
        cmds=["python", "-m", "batch_eval", "--date", "{{ ds }}"],
        env_vars=env_vars,
        secrets=[modelred_secret],
        get_logs=True,
        is_delete_operator_pod=True,
        container_resources={"requests": {"cpu": "1", "memory": "2Gi"}},
    )
    if not env_vars["OPENAI_API_KEY"].startswith("sk-"):
        raise ValueError("openai_api_key Variable is not an OpenAI key: %s" % env_vars["OPENAI_API_KEY"])
