"""Benchmarks: scripts that print baseline, ours and the ratio from one run."""
