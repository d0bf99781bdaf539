"""Pulumi component: a GKE workload for the RAG service, with its keys as Kubernetes Secrets."""
import pulumi
import pulumi_kubernetes as k8s


class RagService(pulumi.ComponentResource):
    def __init__(self, name, namespace, opts=None):
        super().__init__("acme:llm:RagService", name, None, opts)
        cfg = pulumi.Config("rag")
        self.replicas = cfg.get_int("replicas") or 2
        self.max_tokens = cfg.get_int("maxTokens") or 800
        self.cohere_key = cfg.require("cohereApiKey")
        self.pinecone_key = cfg.require_secret("pineconeApiKey")
        self.pinecone_env = cfg.get("pineconeEnvironment") or "gcp-starter"

        if len(self.cohere_key) < 20:
            raise pulumi.RunError(f"rag:cohereApiKey looks truncated ({self.cohere_key})")

        pulumi.log.info(f"{name}: {self.replicas} replicas, pinecone env {self.pinecone_env}, max_tokens {self.max_tokens}")

        secret = k8s.core.v1.Secret(
            f"{name}-keys",
            metadata={"namespace": namespace},
            string_data={"COHERE_API_KEY": self.cohere_key, "PINECONE_API_KEY": self.pinecone_key},
            opts=pulumi.ResourceOptions(parent=self),
        )
        pulumi.log.info(f"{name}: secret keys {['COHERE_API_KEY', 'PINECONE_API_KEY']}", resource=secret)

        k8s.apps.v1.Deployment(
            f"{name}-deploy",
            metadata={"namespace": namespace},
            spec={
                "replicas": self.replicas,
                "selector": {"matchLabels": {"app": name}},
                "template": {
                    "metadata": {"labels": {"app": name}},
                    "spec": {"containers": [{
                        "name": "rag",
                        "image": "ghcr.io/acme/rag:latest",
                        "envFrom": [{"secretRef": {"name": secret.metadata["name"]}}],
                        "env": [{"name": "MAX_TOKENS", "value": str(self.max_tokens)}],
                    }]},
                },
            },
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({"secretName": secret.metadata["name"]})

    def describe(self):
        pulumi.log.warn(f"RagService replicas={self.replicas} cohere={self.cohere_key}")


rag = RagService("rag", "llm")
rag.describe()
pulumi.export("replicas", rag.replicas)
