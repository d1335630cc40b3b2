"""dokploy-async: an asynchronous Python SDK for the Dokploy API."""
