"""Build step for dokploy-async: fetch a Dokploy OpenAPI document and generate the client.

Not needed at run time. ``python -m generator --help`` lists the commands.
"""
