"""The app behind a real nginx (Debian's package) running the shipped site,
deploy/nginx/peer-circle.conf, with TLS, in front of gunicorn started from the shipped unit
(TRUSTED_PROXIES=1, ProxyFix): the scheme, the sign-in redirect URI, Secure cookies and
per-person rate limits are right behind it.

The site file is used as shipped except for what a test machine must change: its name
(localhost), its ports (free loopback ones, no IPv6 listeners), the app's port and a throwaway
certificate. tests/ops/servers.py says how the app differs from production.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from tests.conftest import free_port, provider_authorize

from .servers import NGINX_SITE, gunicorn, gunicorn_environment, provider_overrides, stop

LOGIN_LIMIT = 30  # /auth/login, a minute, per visitor address or per signed-in person


def nginx_binary() -> str:
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must run the reverse-proxy test: .ci/run installs Debian's nginx")
        pytest.skip("nginx is not installed (apt-get install nginx); CI installs it and runs this")
    return found


def write_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost, valid for a day."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "localhost.pem", directory / "localhost.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def templated_site(app_port: int, http_port: int, https_port: int, cert: Path, key: Path) -> str:
    """deploy/nginx/peer-circle.conf with this machine's name, ports and certificate."""
    site = NGINX_SITE.read_text()
    site = re.sub(r"^\s*listen \[::\]:.*\n", "", site, flags=re.MULTILINE)
    site = re.sub(r"listen 80\b", f"listen 127.0.0.1:{http_port}", site)
    site = re.sub(r"listen 443\b", f"listen 127.0.0.1:{https_port}", site)
    site = site.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{app_port};")
    site = re.sub(r"ssl_certificate .*;", f"ssl_certificate {cert};", site)
    site = re.sub(r"ssl_certificate_key .*;", f"ssl_certificate_key {key};", site)
    site = site.replace("peercircle.example.com", "localhost")
    assert site.count(f"127.0.0.1:{https_port}") == 2 and f"127.0.0.1:{app_port}" in site
    return site


def main_config(directory: Path, site: Path) -> str:
    """The part Debian's /etc/nginx/nginx.conf plays, writing only inside `directory`."""
    # As root, nginx's workers would otherwise switch to www-data, which cannot enter pytest's
    # private temporary directory.
    user = "user root;" if os.geteuid() == 0 else ""
    temp = " ".join(
        f"{kind}_temp_path {directory / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return (
        f"{user}\nworker_processes 1;\npid {directory / 'nginx.pid'};\n"
        "events { worker_connections 64; }\n"
        f"http {{\n access_log {directory / 'access.log'};\n {temp}\n include {site};\n}}\n"
    )


@dataclass
class Stack:
    url: str  # https://localhost:PORT, through nginx
    plain_url: str  # http://localhost:PORT, nginx's plain HTTP server
    certificate: Path

    def browser(self) -> requests.Session:
        browser = requests.Session()
        # REQUESTS_CA_BUNDLE in the environment would override a session's own `verify`.
        browser.trust_env = False
        browser.verify = str(self.certificate)
        return browser


@pytest.fixture
def stack(app, database_uri, oidc_provider, tmp_path):
    """nginx with the shipped site in front of gunicorn from the shipped unit; an empty database."""
    nginx = nginx_binary()
    https_port, http_port = free_port(), free_port()
    public = f"https://localhost:{https_port}"
    environment = gunicorn_environment(database_uri, COMMUNITY_BASE_URL=public)
    overrides = provider_overrides(oidc_provider.url)
    with gunicorn(environment, overrides, tmp_path / "gunicorn.log") as server:
        cert, key = write_certificate(tmp_path)
        site = tmp_path / "peer-circle.conf"
        site.write_text(templated_site(server.port, http_port, https_port, cert, key))
        config = tmp_path / "nginx.conf"
        config.write_text(main_config(tmp_path, site))
        error_log = tmp_path / "error.log"
        command = [nginx, "-p", str(tmp_path), "-c", str(config), "-e", str(error_log)]
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
        assert checked.returncode == 0, f"nginx -t refuses the shipped site:\n{checked.stderr}"
        process = subprocess.Popen(
            [*command, "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            wait_for_nginx(public, cert, process, error_log)
            yield Stack(url=public, plain_url=f"http://localhost:{http_port}", certificate=cert)
        finally:
            stop(process)


def wait_for_nginx(url: str, cert: Path, process: subprocess.Popen, error_log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"nginx exited:\n{error_log.read_text()}")
        try:
            if requests.get(f"{url}/healthz", verify=str(cert), timeout=5).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"nginx did not answer:\n{error_log.read_text()}")


def sign_in(browser: requests.Session, stack: Stack, sub: str) -> requests.Response:
    start = browser.get(f"{stack.url}/auth/login", allow_redirects=False)
    assert start.status_code == 302, start.text[:300]
    answer = provider_authorize(start.headers["Location"], sub)
    callback = f"{stack.url}/auth/callback?{answer.split('?', 1)[1]}"
    finished = browser.get(callback, allow_redirects=False)
    assert finished.status_code == 302, finished.text[:500]
    return finished


def test_behind_nginx_sign_in_sends_an_https_redirect_uri_and_sets_secure_cookies(stack):
    browser = stack.browser()
    start = browser.get(f"{stack.url}/auth/login", allow_redirects=False)
    redirect_uri = parse_qs(urlsplit(start.headers["Location"]).query)["redirect_uri"][0]
    assert redirect_uri == f"{stack.url}/auth/callback"
    assert "Secure" in start.headers["Set-Cookie"] and "HttpOnly" in start.headers["Set-Cookie"]

    answer = provider_authorize(start.headers["Location"], "test-alice")
    finished = browser.get(f"{redirect_uri}?{answer.split('?', 1)[1]}", allow_redirects=False)
    assert finished.status_code == 302
    assert finished.headers["Location"].startswith(("/", f"{stack.url}/"))
    assert "Secure" in finished.headers["Set-Cookie"]
    account = browser.get(f"{stack.url}/account", allow_redirects=False)
    assert account.status_code == 200 and "Alice Tester" in account.text
    assert "max-age=" in account.headers["Strict-Transport-Security"]


def test_nginx_sends_plain_http_to_https_and_drops_names_that_are_not_ours(stack):
    response = requests.get(f"{stack.plain_url}/forum/?page=2", allow_redirects=False)
    assert response.status_code == 301
    assert response.headers["Location"] == "https://localhost/forum/?page=2"
    with pytest.raises(requests.ConnectionError) as refused:
        # Our certificate, another name: nginx's default server closes without an answer.
        stack.browser().get(f"{stack.url}/healthz", headers={"Host": "evil.example"}, timeout=5)
    assert not isinstance(refused.value, requests.exceptions.SSLError)


def test_two_people_behind_nginx_each_have_their_own_budget(stack):
    alice, bob = stack.browser(), stack.browser()
    sign_in(alice, stack, "test-alice")
    sign_in(bob, stack, "test-bob")
    statuses = [
        alice.get(f"{stack.url}/auth/login", allow_redirects=False).status_code
        for _ in range(LOGIN_LIMIT + 1)
    ]
    assert statuses[-1] == 429 and set(statuses[:-1]) == {302}
    assert bob.get(f"{stack.url}/auth/login", allow_redirects=False).status_code == 302


def test_a_visitor_cannot_buy_a_fresh_budget_with_a_forged_forwarded_for(stack):
    visitor = stack.browser()
    statuses = [
        visitor.get(
            f"{stack.url}/auth/login",
            headers={"X-Forwarded-For": f"198.51.100.{n}"},
            allow_redirects=False,
        ).status_code
        for n in range(LOGIN_LIMIT + 1)
    ]
    assert statuses[-1] == 429 and set(statuses[:-1]) == {302}
