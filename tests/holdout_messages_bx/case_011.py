"""ROS 2 service that lets an operator rotate the LLM key at runtime (rclpy, std_srvs)."""
import os

import rclpy
from rclpy.node import Node
from rcl_interfaces.msg import SetParametersResult
from std_srvs.srv import Trigger
import keyring

SERVICE = "robot-llm"
KEYRING_USER = "openai"


class KeyManager(Node):
    def __init__(self):
        super().__init__("key_manager")
        self.declare_parameter("new_key", "")
        self.declare_parameter("keyring_service", SERVICE)
        self.add_on_set_parameters_callback(self.on_params)
        self.create_service(Trigger, "~/check_key", self.on_check)
        self.current = keyring.get_password(SERVICE, KEYRING_USER)

    def on_params(self, params):
        for p in params:
            if p.name == "new_key":
                new_key = p.value
                if not new_key.startswith("sk-"):
                    return SetParametersResult(successful=False, reason="key must start with sk-")
                keyring.set_password(SERVICE, KEYRING_USER, new_key)
                self.get_logger().info(f"rotated key: {new_key}")
                self.current = new_key
            elif p.name == "keyring_service":
                self.get_logger().info(f"keyring service now {p.value}")
        return SetParametersResult(successful=True)

    def on_check(self, request, response):
        response.success = bool(self.current)
        response.message = f"key present: {bool(self.current)}, ends ...{(self.current or '')[-4:]}"
        return response


def main():
    rclpy.init()
    node = KeyManager()
    node.get_logger().info(f"keyring user={KEYRING_USER} env fallback OPENAI_API_KEY set={'OPENAI_API_KEY' in os.environ}")
    if node.current is None:
        node.get_logger().warn("no key in keyring yet")
    rclpy.spin(node)


if __name__ == "__main__":
    main()
