"""``python -m bench``: every benchmark, with bounded work; prints ratios, asserts nothing."""

from __future__ import annotations

from bench import import_time, throughput


def main() -> None:
    """Run the import-time and the throughput benchmarks and print a summary."""
    import_ratio = import_time.run()
    print()
    throughput_ratio = throughput.run()
    print()
    print(
        f"summary: import ratio {import_ratio:.3f} (target < 1.5), "
        f"throughput ratio {throughput_ratio:.3f} (target >= 0.85)"
    )


if __name__ == "__main__":
    main()
