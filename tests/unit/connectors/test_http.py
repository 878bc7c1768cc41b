import ssl

from parceltrail.connectors.http import outbound_client, tls_context


def test_the_shared_context_verifies_certificates_and_host_names() -> None:
    context = tls_context()
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert context.check_hostname


def test_the_context_is_built_once_a_process() -> None:
    assert tls_context() is tls_context()


def test_an_outbound_client_keeps_the_timeout_and_options_it_is_given() -> None:
    with outbound_client(timeout=3.0, base_url="http://127.0.0.1:9", headers={"X-A": "b"}) as http:
        assert http.timeout.connect == 3.0
        assert str(http.base_url) == "http://127.0.0.1:9"
        assert http.headers["X-A"] == "b"
