from typing import Literal

SsoUpdateBodyOidcConfigTokenEndpointAuthentication = Literal[
    "client_secret_basic", "client_secret_post"
]

SSO_UPDATE_BODY_OIDC_CONFIG_TOKEN_ENDPOINT_AUTHENTICATION_VALUES: set[
    SsoUpdateBodyOidcConfigTokenEndpointAuthentication
] = {
    "client_secret_basic",
    "client_secret_post",
}


def check_sso_update_body_oidc_config_token_endpoint_authentication(
    value: str,
) -> SsoUpdateBodyOidcConfigTokenEndpointAuthentication:
    if value in SSO_UPDATE_BODY_OIDC_CONFIG_TOKEN_ENDPOINT_AUTHENTICATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SSO_UPDATE_BODY_OIDC_CONFIG_TOKEN_ENDPOINT_AUTHENTICATION_VALUES!r}"
    )
