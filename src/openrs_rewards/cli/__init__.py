"""Command-line entry points. Each defers heavy imports until it runs."""
