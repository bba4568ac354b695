"""Benchmarks and quality evaluations of briefcli; `python -m benchmarks` runs them all."""
