"""Benchmarks of dokploy-async: ``python -m bench`` runs them all. They report, never assert."""
