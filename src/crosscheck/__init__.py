"""crosscheck: check curated claims against a folder of sources."""

__version__ = "0.1.0"
