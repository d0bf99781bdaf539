"""ROS 2 action server: LLM-generated manipulation plans, with a Vault-stored provider key."""
import rclpy
from rclpy.action import ActionServer
from rclpy.node import Node
import hvac

from manip_interfaces.action import PlanTask
from anthropic import Anthropic, APIError

VAULT_PATH = "robots/llm/anthropic"


def read_vault_key(addr: str, role_token: str) -> str:
    v = hvac.Client(url=addr, token=role_token)
    if not v.is_authenticated():
        raise PermissionError(f"vault at {addr} rejected role token {role_token}")
    data = v.secrets.kv.v2.read_secret_version(path=VAULT_PATH)
    return data["data"]["data"]["api_key"]


class PlanServer(Node):
    def __init__(self):
        super().__init__("plan_server")
        self.declare_parameter("vault_addr", "https://vault.lab:8200")
        self.declare_parameter("vault_token", "")
        addr = self.get_parameter("vault_addr").value
        self.anthropic_key = read_vault_key(addr, self.get_parameter("vault_token").value)
        self.get_logger().info(f"anthropic key loaded from {addr}/{VAULT_PATH}")
        self.claude = Anthropic(api_key=self.anthropic_key)
        self.get_logger().info(f"anthropic key loaded: {bool(self.anthropic_key)}")
        self.server = ActionServer(self, PlanTask, "plan_task", self.execute)

    def execute(self, goal_handle):
        task = goal_handle.request.task
        feedback = PlanTask.Feedback()
        try:
            msg = self.claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=1024,
                                              messages=[{"role": "user", "content": f"Plan robot steps: {task}"}])
        except APIError as e:
            self.get_logger().error(f"claude failed ({e.status_code if hasattr(e, 'status_code') else '?'})")
            self.get_logger().error(f"key in use: {self.anthropic_key}")
            goal_handle.abort()
            return PlanTask.Result(success=False)
        feedback.progress = 1.0
        goal_handle.publish_feedback(feedback)
        goal_handle.succeed()
        self.get_logger().info(f"planned with {msg.usage.output_tokens} output tokens")
        return PlanTask.Result(success=True, plan=msg.content[0].text)


def main():
    rclpy.init()
    rclpy.spin(PlanServer())
    rclpy.shutdown()


if __name__ == "__main__":
    main()
