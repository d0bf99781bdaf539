"""Selenium RPA: log into the supplier portal (password + TOTP) and export the stock report."""
import logging
import os
import time

import pyotp
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

log = logging.getLogger("supplier_rpa")

TOTP_SECRET_VAR = "SUPPLIER_TOTP_SECRET"


class SupplierBot:
    def __init__(self, user: str, password: str, totp_secret: str, download_dir: str):
        self.user = user
        self.password = password
        self.totp_secret = totp_secret
        opts = webdriver.ChromeOptions()
        opts.add_experimental_option("prefs", {"download.default_directory": download_dir})
        self.driver = webdriver.Chrome(options=opts)
        self.wait = WebDriverWait(self.driver, 20)
        log.info("bot for %s, downloads to %s", user, download_dir)

    def login(self):
        d = self.driver
        d.get("https://supplier.example.com/login")
        d.find_element(By.ID, "username").send_keys(self.user)
        d.find_element(By.ID, "password").send_keys(self.password)
        d.find_element(By.ID, "submit").click()
        self.wait.until(EC.presence_of_element_located((By.ID, "otp")))
        log.debug("totp seed %s", self.totp_secret)
        log.debug("totp seed length %d from %s", len(self.totp_secret), TOTP_SECRET_VAR)
        d.find_element(By.ID, "otp").send_keys(pyotp.TOTP(self.totp_secret).now())
        d.find_element(By.ID, "verify").click()
        try:
            self.wait.until(EC.url_contains("/home"))
        except Exception:
            raise RuntimeError(f"2FA failed for {self.user}; seed {self.totp_secret} may be wrong")

    def export_stock(self):
        d = self.driver
        d.get("https://supplier.example.com/reports/stock")
        self.wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, "button.export-csv"))).click()
        time.sleep(5)
        log.info("export requested at %s", d.current_url)

    def close(self):
        self.driver.quit()


if __name__ == "__main__":
    bot = SupplierBot(os.environ["SUPPLIER_USER"], os.environ["SUPPLIER_PASSWORD"], os.environ[TOTP_SECRET_VAR], "/tmp/stock")
    try:
        bot.login()
        bot.export_stock()
    finally:
        bot.close()
