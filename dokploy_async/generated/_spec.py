"""Which OpenAPI document this package was generated from."""

DOKPLOY_VERSION = "v0.30.2"
SPEC_SHA256 = "e2ca0014f7c5931a40fbfcfdde2adbc63908ad836cc126e2f41c7e2eb39b0c8c"
GENERATED_BY = "openapi-python-client 0.29.1"
